import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { loginInputSchema } from '../../shared/contract/auth-endpoints';
import { call } from '../api/client';
import { zodRule } from '../forms/zod-rule';
import { useSubmit } from '../forms/use-submit';
import { useSession } from '../stores/session-store';

interface LoginValues {
  staffNo: string;
  password: string;
}

export function LoginScreen() {
  const [form] = Form.useForm<LoginValues>();
  const hall = useSession((s) => s.status?.hall);
  const signedIn = useSession((s) => s.signedIn);
  const { busy, error, submit } = useSubmit<LoginValues>(form, async (values) => {
    signedIn(await call('auth.login', values));
  });

  return (
    <div className="centered-page">
      <Card className="login-card">
        <Typography.Title level={3}>{hall?.name ?? 'HallDesk'}</Typography.Title>
        <Typography.Paragraph type="secondary">政务窗口受理台 · {hall?.deskNo} 号窗口</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="工号" name="staffNo" rules={[zodRule(loginInputSchema.shape.staffNo)]}>
            <Input autoFocus autoComplete="username" data-testid="login-staff-no" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[zodRule(loginInputSchema.shape.password)]}>
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
