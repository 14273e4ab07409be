import { Form, Input, Radio } from 'antd';
import type { LifecycleResult } from '../../../../shared/contract/lifecycle-endpoints';
import { recordDecisionInputSchema } from '../../../../shared/lifecycle/lifecycle-inputs';
import type { CaseLifecycle } from '../../../../shared/lifecycle/lifecycle-view';
import { outcomeLabels, outcomes, type Outcome } from '../../../../shared/lifecycle/subtask-states';
import { call } from '../../../api/client';
import { zodRule } from '../../../forms/zod-rule';
import { ActionModal } from './ActionModal';

const fields = recordDecisionInputSchema.shape;
type Values = { outcome: Outcome; docNo: string; decidedOn: string };

/** 登记办理结果: a department's 准予 or 不予, with the decision document's number and date. */
export function DecisionModal({
  lifecycle,
  position,
  onClose,
  onDone,
}: {
  lifecycle: CaseLifecycle;
  position: number | null;
  onClose(): void;
  onDone(result: LifecycleResult): void;
}) {
  const task = lifecycle.subtasks.find((t) => t.position === position);
  return (
    <ActionModal<Values>
      title={`登记办理结果：${task?.department ?? ''}`}
      okText="登记"
      testId="decision"
      open={task !== undefined}
      onClose={onClose}
      initialValues={{ outcome: task?.outcome ?? 'approved', decidedOn: task?.decidedOn ?? lifecycle.today }}
      onSubmit={async (values) =>
        onDone(await call('lifecycle.recordDecision', { caseNo: lifecycle.caseNo, position: position ?? 0, ...values }))
      }
    >
      {() => (
        <>
          <Form.Item label={`事项：${task?.itemName ?? ''}`} name="outcome" rules={[zodRule(fields.outcome)]}>
            <Radio.Group optionType="button" buttonStyle="solid" disabled={task?.outcome != null}>
              {outcomes.map((o) => (
                <Radio.Button key={o} value={o} data-testid={`decision-outcome-${o}`}>
                  {outcomeLabels[o]}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item label="决定文书文号" name="docNo" rules={[zodRule(fields.docNo)]}>
            <Input autoFocus placeholder="如 (江)登字〔2026〕第18号" data-testid="decision-doc-no" />
          </Form.Item>
          <Form.Item label="决定日期" name="decidedOn" rules={[zodRule(fields.decidedOn)]} extra="YYYY-MM-DD，不早于受理日期，不晚于今天">
            <Input data-testid="decision-date" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
