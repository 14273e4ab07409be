import { Table, Tag, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import type { HomeOverview } from '../../../shared/contract/home-endpoints';
import { caseStateLabels } from '../../../shared/intake/case-types';
import { decisionLabels } from '../../../shared/intake/decision';
import { stateColors } from '../cases/case-colors';
import { formatTime } from '../cases/format-time';
import { CaseClockTable } from '../worklist/CaseClockTable';

type Open = (caseNo: string) => void;
const rowOpens = (onOpen: Open, testId: string) => (row: { caseNo: string }) =>
  ({ onClick: () => onOpen(row.caseNo), 'data-testid': testId }) as HTMLAttributes<HTMLElement>;

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section className="home-section">
      <Typography.Title level={5} className="home-section-title">
        {title}
        <Typography.Text type="secondary"> （{count}）</Typography.Text>
      </Typography.Title>
      {children}
    </section>
  );
}

/** The lists behind the figures; a row opens the case. */
export function HomeLists({ overview, onOpen }: { overview: HomeOverview; onOpen: Open }) {
  return (
    <>
      <Section title="即将到期和超期（我的案件）" count={overview.dueSoon.length}>
        <CaseClockTable rows={overview.dueSoon} extra={['nextStep']} onOpen={onOpen} testId="home-due-soon" />
      </Section>
      <Section title="容缺材料待补交" count={overview.deferredDue.length}>
        <Table
          size="small"
          pagination={false}
          rowKey={(r) => `${r.caseNo}:${r.materialName}`}
          dataSource={overview.deferredDue}
          data-testid="home-deferred"
          onRow={rowOpens(onOpen, 'home-deferred-row')}
          locale={{ emptyText: '没有待补交的容缺材料' }}
          columns={[
            { title: '受理编号', dataIndex: 'caseNo', width: 180 },
            { title: '申请人', dataIndex: 'applicantName', ellipsis: true },
            { title: '材料', dataIndex: 'materialName', ellipsis: true },
            {
              title: '补交期限',
              width: 160,
              render: (_, r) => (
                <>
                  {r.deadline ?? '—'} {r.overdue && <Tag color="red">已逾期</Tag>}
                </>
              ),
            },
          ]}
        />
      </Section>
      <Section title="待出件（已办结）" count={overview.readyToHandOut.length}>
        <CaseClockTable rows={overview.readyToHandOut} extra={[]} onOpen={onOpen} testId="home-ready" />
      </Section>
      <Section title="今日受理" count={overview.todayCases.length}>
        <Table
          size="small"
          pagination={false}
          rowKey="caseNo"
          dataSource={overview.todayCases}
          data-testid="home-today"
          onRow={rowOpens(onOpen, 'home-today-row')}
          locale={{ emptyText: '今天还没有受理案件' }}
          columns={[
            { title: '受理编号', dataIndex: 'caseNo', width: 180 },
            { title: '申请人', dataIndex: 'applicantName', ellipsis: true },
            { title: '事项', dataIndex: 'itemNames', ellipsis: true },
            { title: '决定', width: 100, render: (_, r) => decisionLabels[r.decision] },
            { title: '状态', width: 90, render: (_, r) => <Tag color={stateColors[r.state]}>{caseStateLabels[r.state]}</Tag> },
            { title: '收件时间', width: 140, render: (_, r) => formatTime(r.receivedAt) },
          ]}
        />
      </Section>
    </>
  );
}
