import { Badge, Button, List, Popover, Typography } from 'antd';
import { formatTime } from '../screens/cases/format-time';
import type { Notification } from '../../shared/notifications/notification-schemas';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/client';
import { callKey } from '../data/query-keys';
import { useCallMutation, useInvalidate } from '../data/use-call';
import { useNav } from '../stores/nav-store';

/** 催办 and other notices for the signed-in user, in the header until read. */
export function NotificationBell() {
  // 催办 come from a supervisor at another desk or from the centre: asked again each minute.
  const rows =
    useQuery({ queryKey: callKey('notifications.unread', {}), queryFn: () => call('notifications.unread', {}), refetchInterval: 60_000 })
      .data ?? [];
  const openCase = useNav((s) => s.openCase);
  const markRead = useCallMutation('notifications.markRead', ['notificationRead']);
  const invalidate = useInvalidate();
  // Refused (already read elsewhere, say): the list is asked again all the same.
  const read = (row: Notification) => markRead.mutate({ id: row.id }, { onError: () => void invalidate('notificationRead') });
  const content = (
    <List
      size="small"
      style={{ width: 360 }}
      dataSource={rows}
      locale={{ emptyText: '没有未读提醒' }}
      renderItem={(row) => (
        <List.Item
          data-testid="notification-item"
          actions={[
            <Button key="read" size="small" onClick={() => read(row)} data-testid="notification-read">
              已读
            </Button>,
          ]}
        >
          <div>
            <Typography.Link onClick={() => row.caseNo && openCase(row.caseNo)}>{row.message}</Typography.Link>
            <div>
              <Typography.Text type="secondary">{formatTime(row.at)}</Typography.Text>
            </div>
          </div>
        </List.Item>
      )}
    />
  );
  return (
    <Popover content={content} title="提醒" trigger="click" placement="bottomRight">
      <Badge count={rows.length} size="small">
        <Button size="small" data-testid="notifications">
          提醒
        </Button>
      </Badge>
    </Popover>
  );
}
