import { Alert, Card, Select, Space, Statistic, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { Board } from '../../../shared/contract/lifecycle-endpoints';
import { warningLevelLabels, type WarningLevel } from '../../../shared/lifecycle/warning-level';
import { useCallQuery } from '../../data/use-call';
import { CaseDetail } from '../cases/CaseDetail';
import { CaseClockTable } from '../worklist/CaseClockTable';
import { boardSections } from './board-sections';
import { UrgeButton } from './UrgeButton';
import { YellowDaysSetting } from './YellowDaysSetting';

type Group = Board['byDepartment'][number];

const levelOptions = (['red', 'yellow'] as const).map((level) => ({ value: level, label: warningLevelLabels[level] }));

function GroupTable({ groups, testId, onPick }: { groups: Group[]; testId: string; onPick(key: string): void }) {
  return (
    <Table<Group>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={groups}
      data-testid={testId}
      onRow={(g) => ({ onClick: () => onPick(g.key), 'data-testid': `${testId}-${g.key}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '名称', dataIndex: 'label' },
        { title: '红色（超期）', dataIndex: 'red', width: 120 },
        { title: '黄色（临期）', dataIndex: 'yellow', width: 120 },
      ]}
    />
  );
}

/**
 * 督办看板: cases at yellow or red in working days, by the department late on them and by the
 * clerk who took them, filtered by level, department and clerk.
 */
export function BoardScreen() {
  const [level, setLevel] = useState<WarningLevel | undefined>();
  const [department, setDepartment] = useState<string | undefined>();
  const [clerkStaffNo, setClerk] = useState<string | undefined>();
  const found = useCallQuery('supervision.board', { level, department, clerkStaffNo }, { keepPrevious: true });
  const board = found.data ?? null;
  const error = found.error?.message ?? null;
  const [open, setOpen] = useState<string | null>(null);

  const red = board?.rows.filter((r) => r.level === 'red').length ?? 0;
  const yellow = board?.rows.filter((r) => r.level === 'yellow').length ?? 0;
  return (
    <Card title="督办看板" data-testid="board-screen">
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <div className="cases-filters">
        <Space wrap>
          <Select
            allowClear
            placeholder="全部预警"
            options={levelOptions}
            value={level}
            onChange={setLevel}
            style={{ width: 180 }}
            data-testid="board-level-filter"
          />
          <Select
            allowClear
            placeholder="全部部门"
            options={(board?.departments ?? []).map((d) => ({ value: d, label: d }))}
            value={department}
            onChange={setDepartment}
            style={{ width: 240 }}
            data-testid="board-department-filter"
          />
          <Select
            allowClear
            placeholder="全部经办人"
            options={(board?.clerks ?? []).map((c) => ({ value: c.staffNo, label: `${c.name}（${c.staffNo}）` }))}
            value={clerkStaffNo}
            onChange={setClerk}
            style={{ width: 180 }}
            data-testid="board-clerk-filter"
          />
          <Typography.Text type="secondary">
            今天 {board?.today ?? ''}；剩余不超过 {board?.yellowDays ?? 2} 个工作日且已用去时限一半以上为黄色预警
          </Typography.Text>
          {board && <YellowDaysSetting current={board.yellowDays} />}
        </Space>
      </div>
      <div className="detail-block">
        <Space size={48}>
          <Statistic title="红色预警（超期）" value={red} styles={{ content: { color: '#cf1322' } }} data-testid="board-red-count" />
          <Statistic title="黄色预警（临期）" value={yellow} styles={{ content: { color: '#d48806' } }} data-testid="board-yellow-count" />
        </Space>
      </div>
      <Tabs
        className="detail-block"
        items={[
          {
            key: 'cases',
            label: '案件',
            children: (
              <CaseClockTable
                rows={board?.rows ?? []}
                extra={['departments', 'clerk', 'agent', 'nextStep']}
                onOpen={setOpen}
                testId="board-table"
                action={(row) => <UrgeButton row={row} />}
              />
            ),
          },
          {
            key: 'departments',
            label: '按部门',
            children: <GroupTable groups={board?.byDepartment ?? []} testId="board-by-department" onPick={setDepartment} />,
          },
          {
            key: 'clerks',
            label: '按经办人',
            children: <GroupTable groups={board?.byClerk ?? []} testId="board-by-clerk" onPick={setClerk} />,
          },
        ]}
      />
      {boardSections.map((section) => (
        <Card key={section.key} size="small" title={section.title} className="detail-block" data-testid={`board-section-${section.key}`}>
          {section.render({ department, clerkStaffNo })}
        </Card>
      ))}
      <CaseDetail caseNo={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
