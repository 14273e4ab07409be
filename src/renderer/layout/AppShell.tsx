import { Button, Layout, Menu, Space, Typography } from 'antd';
import { roleLabels } from '../../shared/contract/roles';
import type { SessionUser } from '../../shared/contract/user-types';
import { useNav } from '../stores/nav-store';
import { SyncIndicator } from '../sync/SyncIndicator';
import { useSession } from '../stores/session-store';
import { HandoverNotice } from './HandoverNotice';
import { NotificationBell } from './NotificationBell';
import { visiblePages } from './pages';

export function AppShell({ user }: { user: SessionUser }) {
  const hall = useSession((s) => s.status?.hall);
  const logout = useSession((s) => s.logout);
  const { page, go } = useNav();
  const available = visiblePages(user.role);
  const current = available.find((p) => p.key === page) ?? available[0]!;

  return (
    <Layout className="app-shell">
      <Layout.Header className="app-header">
        <Typography.Text strong className="app-title">
          {hall?.name} · {hall?.deskNo} 号窗口
        </Typography.Text>
        <Space>
          <SyncIndicator />
          <NotificationBell />
          <HandoverNotice staffNo={user.staffNo} />
          <Typography.Text className="app-user" data-testid="current-user">
            {user.name}（{roleLabels[user.role]}）
          </Typography.Text>
          <Button size="small" onClick={() => void logout()} data-testid="logout">
            退出
          </Button>
        </Space>
      </Layout.Header>
      {/* A row of its own: a hall's pages must all stay reachable at 1280 px without an overflow menu. */}
      <Menu
        mode="horizontal"
        selectedKeys={[current.key]}
        items={available.map((p) => ({ key: p.key, label: p.label, 'data-testid': `nav-${p.key}` }))}
        onClick={({ key }) => go(key as typeof page)}
        className="app-menu"
      />
      <Layout.Content className="app-content">{current.render()}</Layout.Content>
    </Layout>
  );
}
