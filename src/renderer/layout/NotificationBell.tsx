import { Badge, Button, List, Popover, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { formatTime } from '../screens/cases/format-time';
import type { Notification } from '../../shared/notifications/notification-schemas';
import { call } from '../api/client';
import { useNav } from '../stores/nav-store';

/** 催办 and other notices for the signed-in user, in the header until read. */
export function NotificationBell() {
  const [rows, setRows] = useState<Notification[]>([]);
  const openCase = useNav((s) => s.openCase);
  const load = useCallback(() => {
    call('notifications.unread', {}).then(setRows, () => undefined);
  }, []);
  useEffect(() => {
    load();
    const timer = setInterval(load, 60_000);
    return () => clearInterval(timer);
  }, [load]);
  const read = (row: Notification) => void call('notifications.markRead', { id: row.id }).then(load, load);
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
