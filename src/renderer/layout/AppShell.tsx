import { App, Button, Layout, Menu, Space, Typography, type ButtonProps } from 'antd';
import { roleLabels } from '../../shared/contract/roles';
import type { SessionUser } from '../../shared/contract/user-types';
import { useIntakeDraftFlag } from '../screens/intake/intake-draft-store';
import { useNav } from '../stores/nav-store';
import { SyncIndicator } from '../sync/SyncIndicator';
import { useSession } from '../stores/session-store';
import { CalendarWarning } from './CalendarWarning';
import { HandoverNotice } from './HandoverNotice';
import { NotificationBell } from './NotificationBell';
import { visiblePages } from './pages';

export function AppShell({ user }: { user: SessionUser }) {
  const hall = useSession((s) => s.status?.hall);
  const logout = useSession((s) => s.logout);
  const { page, go } = useNav();
  const available = visiblePages(user.role);
  const current = available.find((p) => p.key === page) ?? available[0]!;
  const { modal } = App.useApp();

  /** Leaving a half-typed case asks first; the draft is kept either way (see use-intake-draft). */
  function leaveIntake(what: string, then: () => void) {
    if (current.key !== 'intake' || !useIntakeDraftFlag.getState().hasDraft) return then();
    modal.confirm({
      title: '有未提交的受理',
      content: `当前受理尚未提交。${what}后草稿仍为您保留，回到受理登记即可继续。`,
      okText: what,
      cancelText: '继续受理',
      okButtonProps: { 'data-testid': 'leave-intake-confirm' } as ButtonProps,
      cancelButtonProps: { 'data-testid': 'leave-intake-cancel' } as ButtonProps,
      onOk: then,
    });
  }

  return (
    <Layout className="app-shell">
      <Layout.Header className="app-header">
        <Typography.Text strong className="app-title">
          {hall?.name} · {hall?.deskNo} 号窗口
        </Typography.Text>
        <Space>
          <CalendarWarning isAdmin={user.role === 'admin'} />
          <SyncIndicator />
          <NotificationBell />
          <HandoverNotice staffNo={user.staffNo} />
          <Typography.Text className="app-user" data-testid="current-user">
            {user.name}（{roleLabels[user.role]}）
          </Typography.Text>
          <Button size="small" onClick={() => leaveIntake('退出登录', () => void logout())} data-testid="logout">
            退出
          </Button>
        </Space>
      </Layout.Header>
      {/* A row of its own: a hall's pages must all stay reachable at 1280 px without an overflow menu. */}
      <Menu
        mode="horizontal"
        selectedKeys={[current.key]}
        items={available.map((p) => ({ key: p.key, label: p.label, 'data-testid': `nav-${p.key}` }))}
        onClick={({ key }) => (key === current.key ? undefined : leaveIntake('离开', () => go(key as typeof page)))}
        className="app-menu"
      />
      <Layout.Content className="app-content">{current.render()}</Layout.Content>
    </Layout>
  );
}
