import { Checkbox, Form, InputNumber, Table, Tag, Typography } from 'antd';
import type { LifecycleResult } from '../../../../shared/contract/lifecycle-endpoints';
import type { CaseLifecycle, OwedMaterial } from '../../../../shared/lifecycle/lifecycle-view';
import { call } from '../../../api/client';
import { ActionModal } from './ActionModal';

type Line = { originals: number | null; copies: number | null; electronic: boolean };
type Values = { lines: Record<string, Line> };

const owedText = (m: OwedMaterial) => `原件 ${m.originals} 份 · 复印件 ${m.copies} 份`;

/** 登记补交材料: what came on this visit for each line still owed; the counts default to what is owed. */
export function SupplyModal({
  lifecycle,
  open,
  onClose,
  onDone,
}: {
  lifecycle: CaseLifecycle;
  open: boolean;
  onClose(): void;
  onDone(result: LifecycleResult): void;
}) {
  const owed = lifecycle.materials.filter((m) => m.status === 'missing' || m.status === 'deferred');
  const initial: Values = {
    lines: Object.fromEntries(
      owed.map((m) => [
        m.key,
        { originals: Math.max(0, m.originals - m.receivedOriginals), copies: Math.max(0, m.copies - m.receivedCopies), electronic: false },
      ]),
    ),
  };
  return (
    <ActionModal<Values>
      title="登记补交材料"
      okText="登记"
      testId="supply"
      open={open}
      onClose={onClose}
      initialValues={initial}
      onSubmit={async ({ lines }) => {
        const materials = owed
          .map((m) => ({
            key: m.key,
            originals: lines[m.key]?.originals ?? 0,
            copies: lines[m.key]?.copies ?? 0,
            electronic: lines[m.key]?.electronic ?? false,
          }))
          .filter((l) => l.originals + l.copies > 0 || l.electronic);
        onDone(await call('lifecycle.supply', { caseNo: lifecycle.caseNo, materials }));
      }}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary" className="small-text">
            填写本次收到的份数；
            {lifecycle.acceptedOn === null ? '所缺材料收齐当日即为受理日期，承诺办结日期自该日起算。' : '补正材料收齐后恢复计时。'}
          </Typography.Paragraph>
          <Table<OwedMaterial>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={owed}
            columns={[
              {
                title: '材料',
                render: (_, m) => (
                  <>
                    <div>{m.name}</div>
                    <span className="small-text">应交：{owedText(m)}</span>
                    {m.status === 'deferred' && (
                      <Tag color={m.overdue ? 'red' : 'blue'} className="small-text">
                        容缺{m.supplyDeadline ? `，${m.supplyDeadline} 前` : ''}
                        {m.overdue ? '，已逾期' : ''}
                      </Tag>
                    )}
                  </>
                ),
              },
              {
                title: '原件',
                width: 90,
                render: (_, m) => (
                  <Form.Item name={['lines', m.key, 'originals']} noStyle>
                    <InputNumber min={0} max={99} precision={0} data-testid={`supply-originals-${m.key}`} />
                  </Form.Item>
                ),
              },
              {
                title: '复印件',
                width: 90,
                render: (_, m) => (
                  <Form.Item name={['lines', m.key, 'copies']} noStyle>
                    <InputNumber min={0} max={99} precision={0} data-testid={`supply-copies-${m.key}`} />
                  </Form.Item>
                ),
              },
              {
                title: '电子版',
                width: 70,
                render: (_, m) => (
                  <Form.Item name={['lines', m.key, 'electronic']} valuePropName="checked" noStyle>
                    <Checkbox data-testid={`supply-electronic-${m.key}`} />
                  </Form.Item>
                ),
              },
            ]}
          />
        </>
      )}
    </ActionModal>
  );
}
