import { Badge, Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { syncPollMs, useSync } from './sync-store';
import { SyncPanel } from './SyncPanel';
import { formatTime } from '../screens/cases/format-time';

/** Always in the header: online or not, how many changes wait, and a way to the details. */
export function SyncIndicator() {
  const { status, refresh } = useSync();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), syncPollMs);
    return () => clearInterval(timer);
  }, [refresh]);
  if (!status) return null;

  const label = !status.enrolled
    ? '未接入中心'
    : status.reEnrolRequired
      ? '需要重新注册'
      : status.syncing
        ? '同步中'
        : status.online === false
          ? '离线'
          : status.online
            ? '在线'
            : '待连接';
  const color = !status.enrolled
    ? 'default'
    : status.online === false || status.error
      ? 'error'
      : status.syncing
        ? 'processing'
        : 'success';
  return (
    <>
      <Tooltip title={status.error ?? (status.lastSuccessAt ? `上次同步：${formatTime(status.lastSuccessAt, true)}` : '尚未同步')}>
        <Button size="small" onClick={() => setOpen(true)} data-testid="sync-indicator">
          <Badge status={color} text={`${label} · 待发送 ${status.pending}`} />
        </Button>
      </Tooltip>
      <SyncPanel open={open} onClose={() => setOpen(false)} />
    </>
  );
}
