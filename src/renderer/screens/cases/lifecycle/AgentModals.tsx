import { Form, Input, Select, Typography } from 'antd';
import type { LifecycleResult } from '../../../../shared/contract/lifecycle-endpoints';
import { handoverInputSchema } from '../../../../shared/lifecycle/agent-mandate';
import type { CaseLifecycle } from '../../../../shared/lifecycle/lifecycle-view';
import { call } from '../../../api/client';
import { useCallQuery } from '../../../data/use-call';
import { zodRule } from '../../../forms/zod-rule';
import { ActionModal } from './ActionModal';

interface Props {
  lifecycle: CaseLifecycle;
  open: boolean;
  onClose(): void;
  onDone(result: LifecycleResult): void;
}

type Agent = { id: number; staffNo: string; name: string };

function useAgents(open: boolean): Agent[] {
  return useCallQuery('agents.list', {}, { enabled: open }).data ?? [];
}

const agentOptions = (agents: Agent[]) => agents.map((a) => ({ value: a.id, label: `${a.name}（${a.staffNo}）` }));

type AssignValues = { agentId: number; principal: string; principalPhone?: string; scope: string; signedOn: string };

/** 指派代办员 with the 代办服务委托书. The hall's proxy service is free: there is nothing to charge. */
export function AssignAgentModal({ lifecycle, open, onClose, onDone }: Props) {
  const agents = useAgents(open);
  return (
    <ActionModal<AssignValues>
      title="指派代办员（帮办代办，免费）"
      okText="指派"
      testId="assign"
      open={open}
      onClose={onClose}
      initialValues={{ principal: '', scope: lifecycle.itemNames, signedOn: lifecycle.today }}
      onSubmit={async ({ agentId, ...mandate }) =>
        onDone(
          await call('agents.assign', {
            caseNo: lifecycle.caseNo,
            agentId,
            mandate: { ...mandate, principalPhone: mandate.principalPhone ?? '' },
          }),
        )
      }
    >
      {() => (
        <>
          <Form.Item label="代办员" name="agentId" rules={[{ required: true, message: '请选择代办员' }]}>
            <Select
              options={agentOptions(agents)}
              placeholder={agents.length ? '选择代办员' : '尚无代办员账号'}
              data-testid="assign-agent"
            />
          </Form.Item>
          <Typography.Text strong>代办服务委托书</Typography.Text>
          <Form.Item label="委托人" name="principal">
            <Input data-testid="assign-principal" />
          </Form.Item>
          <Form.Item label="委托人电话" name="principalPhone">
            <Input data-testid="assign-phone" />
          </Form.Item>
          <Form.Item label="委托事项" name="scope">
            <Input.TextArea rows={2} data-testid="assign-scope" />
          </Form.Item>
          <Form.Item label="签署日期" name="signedOn" extra="YYYY-MM-DD">
            <Input data-testid="assign-signed-on" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** 代办交接: to another agent, with the reason; recorded on the case. */
export function HandoverModal({ lifecycle, open, onClose, onDone }: Props) {
  const agents = useAgents(open).filter((a) => a.id !== lifecycle.agent?.id);
  return (
    <ActionModal<{ toAgentId: number; reason: string }>
      title={`代办交接（当前：${lifecycle.agent?.name ?? ''}）`}
      okText="交接"
      testId="handover"
      open={open}
      onClose={onClose}
      onSubmit={async (v) => onDone(await call('agents.handover', { caseNo: lifecycle.caseNo, ...v }))}
    >
      {() => (
        <>
          <Form.Item label="接手代办员" name="toAgentId" rules={[{ required: true, message: '请选择接手的代办员' }]}>
            <Select options={agentOptions(agents)} data-testid="handover-agent" />
          </Form.Item>
          <Form.Item label="交接原因" name="reason" rules={[zodRule(handoverInputSchema.shape.reason)]}>
            <Input.TextArea rows={2} data-testid="handover-reason" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
