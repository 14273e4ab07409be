import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import type { IntakePlan } from '../../../shared/contract/case-endpoints';
import type { DecisionKind } from '../../../shared/intake/decision';
import type { MaterialLine } from '../../../shared/intake/material-check';
import type { CaseDocType } from '../../../shared/print/doc-types';
import { DeferredFields } from './DeferredFields';
import { PromisedDate } from '../cases/PromisedDate';
import { RefusalFields } from './RefusalFields';

export const decisionButtons: { kind: DecisionKind; label: string }[] = [
  { kind: 'accept', label: '受理' },
  { kind: 'accept-deferred', label: '容缺受理' },
  { kind: 'correction-notice', label: '一次性告知' },
  { kind: 'refuse', label: '不予受理' },
];

/** The paper the applicant takes away, printed straight after the case is registered. */
export const printedOnSubmit: Record<DecisionKind, { docType: CaseDocType; label: string }> = {
  accept: { docType: 'acceptance-receipt', label: '受理并打印回执' },
  'accept-deferred': { docType: 'acceptance-receipt', label: '受理并打印回执' },
  'correction-notice': { docType: 'correction-notice', label: '提交并打印告知书' },
  refuse: { docType: 'refusal-notice', label: '提交并打印通知书' },
};

interface Props {
  plan: IntakePlan | null;
  allowed: DecisionKind[];
  decision: DecisionKind | null;
  onDecision(kind: DecisionKind): void;
  deferredLines: MaterialLine[];
  busy: boolean;
  /** `printAfter`: open the preview of the decision's paper once the case is registered. */
  onSubmit(printAfter: boolean): void;
}

export function DecisionPanel({ plan, allowed, decision, onDecision, deferredLines, busy, onSubmit }: Props) {
  return (
    <Card size="small" title="受理决定" className="intake-card">
      {plan?.calendarWarning && (
        <Alert type="warning" showIcon title={plan.calendarWarning} className="intake-gap" data-testid="calendar-warning" />
      )}
      {plan && (
        <Typography.Paragraph className="promised-preview" data-testid="promised-preview">
          今日受理，承诺办结日期：
          <Typography.Text strong>
            <PromisedDate date={plan.promisedDateIfAcceptedToday} provisional={plan.promisedDateProvisional} />
          </Typography.Text>
          <Typography.Text type="secondary">
            （{plan.items.map((item) => `${item.name} ${item.promisedDays} 个工作日`).join('；')}）
          </Typography.Text>
        </Typography.Paragraph>
      )}
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        value={decision}
        onChange={(event) => onDecision(event.target.value as DecisionKind)}
        disabled={!plan}
        className="decision-buttons"
      >
        {decisionButtons.map(({ kind, label }) => (
          <Radio.Button key={kind} value={kind} disabled={!allowed.includes(kind)} data-testid={`decision-${kind}`}>
            {label}
          </Radio.Button>
        ))}
      </Radio.Group>
      {plan && decision === 'accept-deferred' && (
        <DeferredFields
          lines={deferredLines}
          today={plan.today}
          promisedDate={plan.promisedDateIfAcceptedToday}
          defaultDeadline={plan.defaultSupplyDeadline}
        />
      )}
      {decision === 'refuse' && <RefusalFields />}
      {decision === 'correction-notice' && (
        <div className="decision-fields">
          <Form.Item label="补充说明（可选，印在一次性告知书上）" name={['decision', 'note']}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} data-testid="correction-note" />
          </Form.Item>
        </div>
      )}
      <Space className="submit-row">
        <Button onClick={() => onSubmit(false)} disabled={!plan || !decision || busy} data-testid="intake-submit-only">
          仅登记 (Ctrl+Shift+Enter)
        </Button>
        <Button
          type="primary"
          size="large"
          onClick={() => onSubmit(true)}
          loading={busy}
          disabled={!plan || !decision}
          data-testid="intake-submit"
        >
          {printedOnSubmit[decision ?? 'accept'].label} (Ctrl+Enter)
        </Button>
      </Space>
    </Card>
  );
}
