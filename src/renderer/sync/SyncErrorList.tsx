import { Table } from 'antd';
import type { z } from 'zod';
import type { syncErrorSchema } from '../../shared/contract/sync-endpoints';
import { useCallQuery } from '../data/use-call';
import { formatTime } from '../screens/cases/format-time';

type SyncError = z.infer<typeof syncErrorSchema>;

/** What the centre refused, and centre changes the desk kept its own version of: with reasons. */
export function SyncErrorList() {
  const rows = useCallQuery('sync.errors', {}).data ?? [];
  return (
    <Table<SyncError>
      rowKey="eventId"
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 10 }}
      data-testid="sync-errors"
      columns={[
        { title: '时间', dataIndex: 'rejectedAt', width: 180, render: (at: string) => formatTime(at, true) },
        { title: '对象', render: (_, r) => `${r.entity} ${r.entityId}` },
        { title: '原因', dataIndex: 'reason' },
      ]}
    />
  );
}
