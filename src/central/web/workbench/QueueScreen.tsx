import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { subtaskStateLabels } from '../../../shared/lifecycle/subtask-states';
import { warningLevelLabels, warningLevels } from '../../../shared/lifecycle/warning-level';
import type { QueueQuery, QueueRow } from '../../contract/workbench-contract';
import { queueRoute, reviewStateLabels, reviewStates } from '../../contract/workbench-contract';
import { callCentre } from '../centre-api';
import { openSubtask } from './selected-subtask';
import { RemainingTag, ReviewStateTag } from './subtask-tags';

const pageSize = 20;

/**
 * 审批队列: the account's sub-tasks across halls, most urgent first (the back end scopes and
 * orders them). Keyboard: type to search, ↑/↓ to move, Enter to open, PageUp/PageDown to page.
 */
export function QueueScreen() {
  const [filters, setFilters] = useState<Omit<QueueQuery, 'page' | 'pageSize'>>({});
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [cursor, setCursor] = useState(0);
  const query = { ...filters, page, pageSize };
  const queue = useQuery({ queryKey: ['work-queue', query], queryFn: () => callCentre(queueRoute, query) });
  const rows = queue.data?.rows ?? [];
  const change = (next: Partial<typeof filters>) => {
    setFilters({ ...filters, ...next });
    setPage(0);
    setCursor(0);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = rows[cursor];
    if (event.key === 'ArrowDown') setCursor(Math.min(cursor + 1, rows.length - 1));
    else if (event.key === 'ArrowUp') setCursor(Math.max(cursor - 1, 0));
    else if (event.key === 'Enter' && row !== undefined && (event.target as HTMLElement).tagName !== 'INPUT') openSubtask(row);
    else if (event.key === 'PageDown' && queue.data?.hasMore) setPage(page + 1);
    else if (event.key === 'PageUp' && page > 0) setPage(page - 1);
    else return;
    event.preventDefault();
  };

  return (
    <div onKeyDown={onKeyDown} data-testid="work-queue">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        审批队列
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          autoFocus
          allowClear
          placeholder="受理编号或申请人"
          style={{ width: 240 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(value) => change({ search: value.trim() === '' ? undefined : value.trim() })}
          data-testid="queue-search"
        />
        <Input
          allowClear
          placeholder="大厅编码"
          style={{ width: 110 }}
          onPressEnter={(e) => change({ hallCode: e.currentTarget.value.trim() === '' ? undefined : e.currentTarget.value.trim() })}
        />
        <Select
          allowClear
          placeholder="审查状态"
          style={{ width: 130 }}
          options={reviewStates.map((s) => ({ value: s, label: reviewStateLabels[s] }))}
          onChange={(value?: QueueQuery['reviewState']) => change({ reviewState: value })}
        />
        <Select
          allowClear
          placeholder="预警级别"
          style={{ width: 170 }}
          options={warningLevels.map((l) => ({ value: l, label: warningLevelLabels[l] }))}
          onChange={(value?: QueueQuery['level']) => change({ level: value })}
        />
        <Checkbox onChange={(e) => change({ includeClosed: e.target.checked ? 'true' : undefined })}>含已办结</Checkbox>
      </Space>
      {queue.isError ? <Alert type="error" showIcon message={queue.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<QueueRow>
        size="small"
        rowKey={(r) => `${r.hallCode}/${r.caseNo}/${r.position}`}
        loading={queue.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 480 }}
        rowClassName={(_, index) => (index === cursor ? 'ant-table-row-selected' : '')}
        onRow={(row, index) => ({ onClick: () => setCursor(index ?? 0), onDoubleClick: () => openSubtask(row) })}
        locale={{ emptyText: '没有待办的子任务' }}
        columns={[
          { title: '剩余时限', key: 'remaining', width: 150, render: (_, r) => <RemainingTag row={r} /> },
          {
            title: '受理编号',
            dataIndex: 'caseNo',
            width: 170,
            render: (caseNo: string, r) => <a onClick={() => openSubtask(r)}>{caseNo}</a>,
          },
          { title: '大厅', dataIndex: 'hallCode', width: 70 },
          { title: '事项', dataIndex: 'itemName', ellipsis: true },
          { title: '部门', dataIndex: 'department', width: 170, ellipsis: true },
          { title: '申请人', dataIndex: 'applicantName', width: 150, ellipsis: true },
          { title: '审查', dataIndex: 'reviewState', width: 90, render: (s: QueueRow['reviewState']) => <ReviewStateTag state={s} /> },
          { title: '窗口进度', dataIndex: 'taskState', width: 80, render: (s: QueueRow['taskState']) => subtaskStateLabels[s] },
          { title: '到期日', dataIndex: 'dueDate', width: 100 },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
          上一页
        </Button>
        <span>第 {page + 1} 页</span>
        <Button disabled={!queue.data?.hasMore} onClick={() => setPage(page + 1)}>
          下一页
        </Button>
        {queue.data ? <Typography.Text type="secondary">今天（大厅日期）：{queue.data.today}</Typography.Text> : null}
      </Space>
    </div>
  );
}
