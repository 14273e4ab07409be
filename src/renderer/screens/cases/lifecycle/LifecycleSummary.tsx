import { Alert, Descriptions, Steps, Tag, Typography } from 'antd';
import { caseStateLabels } from '../../../../shared/intake/case-types';
import { deliveryMethodLabels, recipientKindLabels } from '../../../../shared/lifecycle/lifecycle-inputs';
import { deferredStateLabels, type CaseLifecycle } from '../../../../shared/lifecycle/lifecycle-view';
import { caseOutcomeLabels } from '../../../../shared/lifecycle/subtask-states';
import { formatTime } from '../format-time';
import { PromisedDate } from '../PromisedDate';
import { LevelTag, remainingLabel } from './clock-display';

const mainPath = ['accepted', 'in-progress', 'decided', 'delivered'] as const;

function currentStep(l: CaseLifecycle): number {
  if (l.state === 'awaiting-materials') return l.acceptedOn === null ? 0 : 1;
  const index = (mainPath as readonly string[]).indexOf(l.state);
  return index < 0 ? 1 : index;
}

/** Where the case is: the main path, its clock and warning, what is next and what is missing. */
export function LifecycleSummary({ lifecycle: l }: { lifecycle: CaseLifecycle }) {
  const ended = l.state === 'withdrawn' || l.state === 'terminated' || l.state === 'refused';
  return (
    <>
      <Steps
        size="small"
        className="detail-block"
        current={currentStep(l)}
        status={ended ? 'error' : l.state === 'awaiting-materials' ? 'wait' : undefined}
        items={mainPath.map((s) => ({ title: caseStateLabels[s] }))}
      />
      <Descriptions
        size="small"
        bordered
        column={2}
        className="detail-block"
        items={[
          { key: 'state', label: '办理状态', children: <span data-testid="lifecycle-state">{caseStateLabels[l.state]}</span> },
          {
            key: 'level',
            label: '督办预警',
            children: (
              <>
                <LevelTag level={l.clock.level} testId="lifecycle-level" />
                <span data-testid="lifecycle-remaining">{remainingLabel(l.clock.remainingWorkingDays, l.clock.paused)}</span>
              </>
            ),
          },
          {
            key: 'due',
            label: '承诺办结日期',
            children: <PromisedDate testId="lifecycle-due" date={l.clock.dueDate ?? l.promisedDate} provisional={l.clock.provisional} />,
          },
          { key: 'ext', label: '暂停顺延', children: l.clock.extensionDays > 0 ? `${l.clock.extensionDays} 个工作日` : '无' },
          ...(l.materialsRequestedBy
            ? [
                {
                  key: 'requested',
                  label: '要求补正',
                  span: 2,
                  children: <span data-testid="lifecycle-requested-by">{l.materialsRequestedBy}要求补正，计时暂停</span>,
                },
              ]
            : []),
          { key: 'next', label: '下一步', span: 2, children: <span data-testid="lifecycle-next">{l.nextStep}</span> },
          ...(l.missing.length > 0
            ? [
                {
                  key: 'missing',
                  label: '尚缺材料',
                  span: 2,
                  children: <span data-testid="lifecycle-missing">{l.missing.join('；')}</span>,
                },
              ]
            : []),
          ...(l.deferred !== 'none'
            ? [
                {
                  key: 'deferred',
                  label: '容缺',
                  children: (
                    <Tag
                      color={l.deferred === 'overdue' ? 'red' : l.deferred === 'supplied' ? 'green' : 'blue'}
                      data-testid="lifecycle-deferred"
                    >
                      {deferredStateLabels[l.deferred]}
                    </Tag>
                  ),
                },
              ]
            : []),
          ...(l.outcome
            ? [{ key: 'outcome', label: '办理结果', children: `${caseOutcomeLabels[l.outcome]}（${l.decidedOn ?? ''}）` }]
            : []),
          ...(l.closedReason ? [{ key: 'closed', label: '结束原因', span: 2, children: l.closedReason }] : []),
        ]}
      />
      {l.clock.problem && <Alert type="warning" showIcon title={l.clock.problem} className="detail-block" />}
      {l.readyForCollection && l.state === 'decided' && (
        <Alert type="info" showIcon title="办理结果已送达窗口，待申请人领取" className="detail-block" />
      )}
      {l.delivery && (
        <Descriptions
          size="small"
          bordered
          column={2}
          className="detail-block"
          data-testid="lifecycle-delivery"
          title="送达回证"
          items={[
            { key: 'method', label: '方式', children: deliveryMethodLabels[l.delivery.method] },
            {
              key: 'recipient',
              label: '受送达人',
              children: `${l.delivery.recipient}（${recipientKindLabels[l.delivery.recipientKind]}）`,
            },
            ...(l.delivery.proxyReason ? [{ key: 'reason', label: '代收理由', children: l.delivery.proxyReason }] : []),
            { key: 'documents', label: '送达文书', children: l.delivery.documents },
            ...(l.delivery.trackingNo ? [{ key: 'tracking', label: '邮件单号', children: l.delivery.trackingNo }] : []),
            ...(l.delivery.address ? [{ key: 'address', label: '邮寄地址', children: l.delivery.address }] : []),
            { key: 'signed', label: '签收', children: l.delivery.signed ? '已签收' : '待回执' },
            { key: 'by', label: '出件人', children: `${l.delivery.releasedBy} · ${formatTime(l.delivery.deliveredAt)}` },
          ]}
        />
      )}
      {l.agent && (
        <Typography.Paragraph className="small-text" data-testid="lifecycle-agent">
          代办员：{l.agent.name}（{l.agent.staffNo}）· 委托人 {l.agent.mandate.principal}，{l.agent.mandate.signedOn}{' '}
          签署代办服务委托书，委托事项：
          {l.agent.mandate.scope}（免费）
        </Typography.Paragraph>
      )}
    </>
  );
}
