import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { caseStateLabels } from '../../../shared/intake/case-types';
import type { CaseClockRow } from '../../../shared/lifecycle/lifecycle-view';
import { stateColors } from '../cases/case-colors';
import { LevelTag, remainingLabel } from '../cases/lifecycle/clock-display';
import { PromisedDate } from '../cases/PromisedDate';
import '../cases/lifecycle/lifecycle.css';

type Extra = 'departments' | 'clerk' | 'agent' | 'nextStep' | 'missing';

/** Cases with their clocks, the most urgent first (the back end sorts); a row opens the case. */
export function CaseClockTable({
  rows,
  extra,
  onOpen,
  testId,
  loading,
  action,
}: {
  rows: CaseClockRow[];
  extra: Extra[];
  onOpen(caseNo: string): void;
  testId: string;
  loading?: boolean;
  /** A per-row button (the board's 催办); its clicks do not open the case. */
  action?: (row: CaseClockRow) => ReactNode;
}) {
  const columns: ColumnsType<CaseClockRow> = [
    { title: '受理编号', dataIndex: 'caseNo', width: 180, render: (no: string) => <span data-testid="clock-row-no">{no}</span> },
    { title: '申请人', dataIndex: 'applicantName', ellipsis: true },
    { title: '事项', dataIndex: 'itemNames', ellipsis: true },
    { title: '状态', width: 90, render: (_, r) => <Tag color={stateColors[r.state]}>{caseStateLabels[r.state]}</Tag> },
    { title: '预警', width: 70, render: (_, r) => <LevelTag level={r.level} testId={`clock-level-${r.caseNo}`} /> },
    {
      title: '承诺办结',
      dataIndex: 'dueDate',
      width: 105,
      render: (d: string | null, r) => <PromisedDate date={d} provisional={r.dueDateProvisional} />,
    },
    {
      title: '剩余',
      width: 150,
      render: (_, r) => <span data-testid={`clock-remaining-${r.caseNo}`}>{remainingLabel(r.remainingWorkingDays, r.paused)}</span>,
    },
  ];
  if (extra.includes('departments')) columns.push({ title: '办理部门', render: (_, r) => r.departments.join('、') || '—' });
  if (extra.includes('clerk')) columns.push({ title: '经办人', width: 90, dataIndex: 'clerkName' });
  if (extra.includes('agent')) columns.push({ title: '代办员', width: 90, render: (_, r) => r.agentName ?? '—' });
  if (extra.includes('nextStep'))
    columns.push({ title: '下一步', render: (_, r) => <span data-testid={`clock-next-${r.caseNo}`}>{r.nextStep}</span> });
  if (extra.includes('missing')) {
    columns.push({
      title: '尚缺材料',
      render: (_, r) => <span data-testid={`clock-missing-${r.caseNo}`}>{r.missing.join('；') || '无'}</span>,
    });
  }
  if (action) columns.push({ title: '操作', width: 80, render: (_, r) => <span onClick={(e) => e.stopPropagation()}>{action(r)}</span> });
  return (
    <Table<CaseClockRow>
      rowKey="caseNo"
      size="small"
      className="clock-table"
      loading={loading ?? false}
      dataSource={rows}
      columns={columns}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid={testId}
      onRow={(row) =>
        ({ onClick: () => onOpen(row.caseNo), 'data-testid': `clock-row-${row.caseNo}` }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
