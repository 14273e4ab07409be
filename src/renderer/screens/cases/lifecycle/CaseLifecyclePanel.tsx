import { Alert, App, Button, Card, Space, Spin } from 'antd';
import { useState } from 'react';
import type { LifecycleResult } from '../../../../shared/contract/lifecycle-endpoints';
import type { CaseDetail } from '../../../../shared/intake/case-types';
import type { LifecycleAction, SubtaskView } from '../../../../shared/lifecycle/lifecycle-view';
import { call } from '../../../api/client';
import { AssignAgentModal, HandoverModal } from './AgentModals';
import { DecisionModal } from './DecisionModal';
import { DeliverModal } from './DeliverModal';
import { HistoryList } from './HistoryList';
import { LifecycleSummary } from './LifecycleSummary';
import { CloseModal, RequestMaterialsModal } from './ReasonModals';
import { ResultFileModal } from './ResultFileModal';
import { SubtaskTable } from './SubtaskTable';
import { SupplyModal } from './SupplyModal';
import { useLifecycle } from './use-lifecycle';
import './lifecycle.css';

type Dialog = 'supply' | 'request' | 'deliver' | 'withdraw' | 'terminate' | 'assign' | 'handover' | null;

const buttons: { action: LifecycleAction; dialog: Exclude<Dialog, null>; label: string; danger?: boolean }[] = [
  { action: 'supply', dialog: 'supply', label: '登记补交材料' },
  { action: 'request-materials', dialog: 'request', label: '办理中补正' },
  { action: 'deliver', dialog: 'deliver', label: '出件' },
  { action: 'assign-agent', dialog: 'assign', label: '指派代办员' },
  { action: 'handover', dialog: 'handover', label: '代办交接' },
  { action: 'withdraw', dialog: 'withdraw', label: '撤回', danger: true },
  { action: 'terminate', dialog: 'terminate', label: '终止', danger: true },
];

/**
 * 办理进度 in the case drawer: the lifecycle after intake and the actions the user may take
 * now. Each change puts the new case detail in the cache, so the drawer's state and print buttons follow.
 */
export function CaseLifecyclePanel({ detail }: { detail: CaseDetail }) {
  const { lifecycle, error, applied } = useLifecycle(detail.caseNo);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [deciding, setDeciding] = useState<number | null>(null);
  const [viewing, setViewing] = useState<SubtaskView | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const { message } = App.useApp();

  if (error) return <Alert type="error" showIcon title={error} className="detail-block" />;
  if (!lifecycle) return <Spin className="detail-block" />;

  const done = (result: LifecycleResult) => {
    applied(result);
    setActionError(null);
    void message.success('已登记');
  };
  async function direct(run: () => Promise<LifecycleResult>) {
    try {
      done(await run());
    } catch (caught) {
      setActionError(caught instanceof Error ? caught.message : String(caught));
    }
  }
  const close = () => setDialog(null);
  const shown = buttons.filter((b) => lifecycle.actions.includes(b.action));
  const props = { lifecycle, onClose: close, onDone: done };

  return (
    <Card size="small" title="办理进度" className="detail-block" data-testid="lifecycle-panel">
      <LifecycleSummary lifecycle={lifecycle} />
      {actionError && (
        <Alert
          type="error"
          showIcon
          title={actionError}
          className="form-alert"
          data-testid="lifecycle-error"
          closable={{ onClose: () => setActionError(null) }}
        />
      )}
      <Space wrap className="detail-block">
        {lifecycle.actions.includes('start') && (
          <Button
            type="primary"
            onClick={() => void direct(() => call('lifecycle.start', { caseNo: lifecycle.caseNo }))}
            data-testid="lc-start"
          >
            开始办理
          </Button>
        )}
        {shown.map((b) => (
          <Button key={b.action} danger={b.danger ?? false} onClick={() => setDialog(b.dialog)} data-testid={`lc-${b.dialog}`}>
            {b.label}
          </Button>
        ))}
      </Space>
      <SubtaskTable
        lifecycle={lifecycle}
        onStart={(position) => void direct(() => call('lifecycle.start', { caseNo: lifecycle.caseNo, position }))}
        onDecide={setDeciding}
        onStep={(position, stepName, action) =>
          void direct(() => call('lifecycle.specialStep', { caseNo: lifecycle.caseNo, position, stepName, action }))
        }
        onOpenResultFile={setViewing}
      />
      <HistoryList lifecycle={lifecycle} />
      <SupplyModal {...props} open={dialog === 'supply'} />
      <RequestMaterialsModal
        {...props}
        open={dialog === 'request'}
        materials={detail.materials.filter((m) => m.status === 'received').map((m) => ({ key: m.key, name: m.name }))}
      />
      <DeliverModal {...props} open={dialog === 'deliver'} />
      <CloseModal {...props} kind="withdraw" open={dialog === 'withdraw'} />
      <CloseModal {...props} kind="terminate" open={dialog === 'terminate'} />
      <AssignAgentModal {...props} open={dialog === 'assign'} />
      <HandoverModal {...props} open={dialog === 'handover'} />
      <DecisionModal lifecycle={lifecycle} position={deciding} onClose={() => setDeciding(null)} onDone={done} />
      <ResultFileModal caseNo={lifecycle.caseNo} subtask={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}
