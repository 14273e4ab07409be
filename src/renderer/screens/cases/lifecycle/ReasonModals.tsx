import { Checkbox, Form, Input } from 'antd';
import type { LifecycleResult } from '../../../../shared/contract/lifecycle-endpoints';
import { requestMaterialsInputSchema, terminateInputSchema } from '../../../../shared/lifecycle/lifecycle-inputs';
import type { CaseLifecycle } from '../../../../shared/lifecycle/lifecycle-view';
import { call } from '../../../api/client';
import { zodRule } from '../../../forms/zod-rule';
import { ActionModal } from './ActionModal';

interface Props {
  lifecycle: CaseLifecycle;
  open: boolean;
  onClose(): void;
  onDone(result: LifecycleResult): void;
}

/** 撤回 (the applicant's written request) or 终止, with the reason kept on the case. */
export function CloseModal({ kind, ...props }: Props & { kind: 'withdraw' | 'terminate' }) {
  const withdraw = kind === 'withdraw';
  return (
    <ActionModal<{ reason: string; applicantRequest?: boolean }>
      title={withdraw ? '撤回申请' : '终止办理'}
      okText={withdraw ? '确认撤回' : '确认终止'}
      testId="close"
      open={props.open}
      onClose={props.onClose}
      onSubmit={async (v) => {
        const caseNo = props.lifecycle.caseNo;
        props.onDone(
          withdraw
            ? await call('lifecycle.withdraw', { caseNo, reason: v.reason, applicantRequest: (v.applicantRequest ?? false) as true })
            : await call('lifecycle.terminate', { caseNo, reason: v.reason }),
        );
      }}
    >
      {() => (
        <>
          <Form.Item label={withdraw ? '撤回理由' : '终止理由'} name="reason" rules={[zodRule(terminateInputSchema.shape.reason)]}>
            <Input.TextArea rows={3} autoFocus data-testid="close-reason" />
          </Form.Item>
          {withdraw && (
            <Form.Item name="applicantRequest" valuePropName="checked">
              <Checkbox data-testid="close-applicant-request">已收到申请人的书面撤回申请</Checkbox>
            </Form.Item>
          )}
        </>
      )}
    </ActionModal>
  );
}

/** 办理中补正: the lines a department asks for again; the clock stops until they come. */
export function RequestMaterialsModal(props: Props & { materials: { key: string; name: string }[] }) {
  return (
    <ActionModal<{ keys: string[]; note: string }>
      title="办理中补正（计时暂停）"
      okText="登记补正"
      testId="request"
      open={props.open}
      onClose={props.onClose}
      onSubmit={async (v) =>
        props.onDone(await call('lifecycle.requestMaterials', { caseNo: props.lifecycle.caseNo, keys: v.keys ?? [], note: v.note }))
      }
    >
      {() => (
        <>
          <Form.Item label="需补正的材料" name="keys" rules={[zodRule(requestMaterialsInputSchema.shape.keys)]}>
            <Checkbox.Group className="lifecycle-checklist">
              {props.materials.map((m) => (
                <Checkbox key={m.key} value={m.key} data-testid={`request-key-${m.key}`}>
                  {m.name}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
          <Form.Item label="补正说明" name="note" rules={[zodRule(requestMaterialsInputSchema.shape.note)]}>
            <Input.TextArea rows={3} data-testid="request-note" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
