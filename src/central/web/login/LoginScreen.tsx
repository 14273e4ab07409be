import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { signInRoute } from '../../contract/accounts-contract';
import { callCentre } from '../centre-api';
import { showSession } from '../shell/use-centre-session';

interface SignInForm {
  staffNo: string;
  password: string;
}

/** Sign-in by 工号 and password; the message says why it was refused (wrong, locked, disabled). */
export function LoginScreen() {
  const signIn = useMutation({
    mutationFn: (form: SignInForm) => callCentre(signInRoute, form),
    onSuccess: (session) => showSession(session),
  });
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5' }}>
      <Card title="政务服务中心平台 登录" style={{ width: 380 }}>
        {signIn.isError ? <Alert type="error" showIcon message={signIn.error.message} style={{ marginBottom: 16 }} /> : null}
        <Form<SignInForm> layout="vertical" onFinish={(form) => signIn.mutate(form)} disabled={signIn.isPending}>
          <Form.Item label="工号" name="staffNo" rules={[{ required: true, message: '请输入工号' }]}>
            <Input autoFocus autoComplete="username" data-testid="sign-in-staff-no" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" data-testid="sign-in-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
