import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { passwordInputSchema } from '../../shared/contract/fields';
import type { SessionUser } from '../../shared/contract/user-types';
import { call } from '../api/client';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useSubmit } from '../forms/use-submit';
import { zodRule } from '../forms/zod-rule';
import { useSession } from '../stores/session-store';

interface ChangeValues {
  oldPassword: string;
  newPassword: string;
}

/**
 * Shown before anything else while the account's password was set or reset by an administrator:
 * the back end refuses every other call until the owner has chosen their own.
 */
export function ChangePasswordScreen({ user }: { user: SessionUser }) {
  const [form] = Form.useForm<ChangeValues>();
  const { signedIn, logout } = useSession();
  const { busy, error, submit } = useSubmit<ChangeValues>(form, async ({ oldPassword, newPassword }) => {
    signedIn(await call('auth.changePassword', { oldPassword, newPassword }));
  });

  return (
    <div className="centered-page">
      <Card className="login-card" title="请修改密码" data-testid="change-password-screen">
        <Typography.Paragraph type="secondary">
          {user.name}（{user.staffNo}），您的密码由管理员设置，请先设置只有您自己知道的新密码。
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="当前密码" name="oldPassword" rules={[zodRule(passwordInputSchema)]}>
            <Input.Password autoFocus autoComplete="current-password" data-testid="change-old-password" />
          </Form.Item>
          <NewPasswordFields name="newPassword" label="新密码" testId="change-new-password" />
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="change-password-submit">
              修改密码
            </Button>
            <Button onClick={() => void logout()}>退出登录</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
