import { useMutation } from '@tanstack/react-query';
import { App as AntApp, Button, Layout, Menu, Result, Space, Typography } from 'antd';
import { centreRoleLabels } from '../../accounts/centre-user';
import type { CentreSessionView } from '../../contract/accounts-contract';
import { signOutRoute } from '../../contract/accounts-contract';
import { ChangePasswordScreen } from '../account/ChangePasswordScreen';
import { callCentre } from '../centre-api';
import { screensFor } from '../screens';
import { showSession } from './use-centre-session';
import { goToScreen, useHashRoute } from './use-hash-route';

const passwordPath = '/password';

/** The frame of every work screen: the menu for the role on the left, the signed-in person and sign-out on top. Fits 1366x768. */
export function CentreLayout({ session }: { session: CentreSessionView }) {
  const { message } = AntApp.useApp();
  const path = useHashRoute();
  const screens = screensFor(session.user.role);
  const signOut = useMutation({
    mutationFn: () => callCentre(signOutRoute, {}),
    onSuccess: () => showSession(null),
    onError: (error) => void message.error(error.message),
  });
  const current = screens.find((screen) => screen.path === path) ?? (path === '/' ? screens[0] : undefined);
  const Screen = current?.component;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={5} style={{ padding: '16px 16px 8px', margin: 0 }}>
          政务服务中心平台
        </Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={current === undefined ? [] : [current.path]}
          items={screens.map((screen) => ({ key: screen.path, label: screen.title }))}
          onClick={({ key }) => goToScreen(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', justifyContent: 'flex-end', height: 48 }}>
          <Space>
            <span data-testid="signed-in-user">
              {session.user.name}（{session.user.staffNo}，{centreRoleLabels[session.user.role]}）
            </span>
            <Button size="small" onClick={() => goToScreen(passwordPath)}>
              修改密码
            </Button>
            <Button size="small" loading={signOut.isPending} onClick={() => signOut.mutate()}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, overflow: 'auto' }}>
          {path === passwordPath ? (
            <ChangePasswordScreen forced={false} />
          ) : Screen === undefined ? (
            <Result status="404" title="没有这个页面，或当前账号无权打开" />
          ) : (
            <Screen />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
