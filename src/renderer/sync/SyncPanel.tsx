import { Alert, Button, Descriptions, Modal, Progress, Space } from 'antd';
import { useSession } from '../stores/session-store';
import { EnrolForm } from './EnrolForm';
import { SyncErrorList } from './SyncErrorList';
import { useCallMutation } from '../data/use-call';
import { useSyncStatus } from './use-sync-status';
import { formatTime } from '../screens/cases/format-time';
import { formatBytes } from '../../shared/text/format-bytes';

export function SyncPanel({ open, onClose }: { open: boolean; onClose(): void }) {
  const status = useSyncStatus();
  // The new state arrives as a push while the run goes; the answer carries the final one too.
  const syncNow = useCallMutation('sync.now', ['syncRun']);
  const role = useSession((s) => s.status?.user?.role);
  if (!status) return null;
  const progress = status.progress;

  return (
    <Modal title="与中心平台同步" open={open} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Space orientation="vertical" className="full-width">
        {status.reEnrolRequired ? (
          <Alert
            type="error"
            showIcon
            title="需要重新注册"
            description={`${status.error ?? '中心平台不再接受本窗口的接入凭证'}。同步已停止，所有变更都已保存在本机；${role === 'admin' ? '请在下方输入中心新签发的注册码重新注册' : '请管理员重新注册本窗口'}。`}
            data-testid="sync-re-enrol"
          />
        ) : (
          status.error && <Alert type="warning" showIcon title={status.error} data-testid="sync-error" />
        )}
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="中心平台">{status.centralUrl ?? '未接入'}</Descriptions.Item>
          <Descriptions.Item label="连接">{status.online === null ? '尚未连接' : status.online ? '在线' : '离线'}</Descriptions.Item>
          <Descriptions.Item label="待发送变更">
            <span data-testid="sync-pending">{status.pending}</span>
          </Descriptions.Item>
          {status.pages && (
            <Descriptions.Item label="待上传电子材料">
              <span data-testid="sync-pages-pending">{status.pages.pagesPending}</span> 页（待传 {formatBytes(status.pages.bytesPending)}
              ，已传 {formatBytes(status.pages.bytesSent)}
              {status.pages.pagesFailed > 0 && `；${status.pages.pagesFailed} 页上传失败，请联系技术支持`}）
            </Descriptions.Item>
          )}
          <Descriptions.Item label="上次成功同步">{status.lastSuccessAt ? formatTime(status.lastSuccessAt, true) : '无'}</Descriptions.Item>
          <Descriptions.Item label="中心拒收">{status.rejected}</Descriptions.Item>
        </Descriptions>
        {progress && progress.total > 0 && <Progress percent={Math.round((progress.sent / progress.total) * 100)} />}
        {status.enrolled && !status.reEnrolRequired && (
          <Button type="primary" loading={syncNow.isPending || status.syncing} onClick={() => syncNow.mutate({})} data-testid="sync-now">
            立即同步
          </Button>
        )}
        {(!status.enrolled || status.reEnrolRequired) && role === 'admin' && <EnrolForm />}
        {!status.enrolled && role !== 'admin' && (
          <Alert type="info" showIcon title="本窗口尚未接入中心平台，请管理员注册。所有变更都已保存在本机。" />
        )}
        {(role === 'admin' || role === 'supervisor') && status.rejected > 0 && <SyncErrorList />}
      </Space>
    </Modal>
  );
}
