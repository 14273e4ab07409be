import { useMutation } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Form, Input, Typography } from 'antd';
import { passwordPolicyText } from '../../../shared/contract/password-policy';
import { changePasswordRoute } from '../../contract/accounts-contract';
import { callCentre } from '../centre-api';
import { showSession } from '../shell/use-centre-session';
import { goToScreen } from '../shell/use-hash-route';

interface ChangePasswordForm {
  currentPassword: string;
  newPassword: string;
  repeated: string;
}

/** `forced`: a first or reset password, nothing else opens until it is changed. */
export function ChangePasswordScreen({ forced }: { forced: boolean }) {
  const { message } = AntApp.useApp();
  const change = useMutation({
    mutationFn: (form: ChangePasswordForm) =>
      callCentre(changePasswordRoute, { currentPassword: form.currentPassword, newPassword: form.newPassword }),
    onSuccess: (session) => {
      void message.success('密码已修改');
      showSession(session);
      goToScreen('/');
    },
  });
  const form = (
    <Card title="修改密码" style={{ width: 420 }}>
      {forced ? (
        <Alert type="warning" showIcon message="首次登录或密码被重置后，须先修改密码才能继续使用" style={{ marginBottom: 16 }} />
      ) : null}
      {change.isError ? <Alert type="error" showIcon message={change.error.message} style={{ marginBottom: 16 }} /> : null}
      <Typography.Paragraph type="secondary">{passwordPolicyText}</Typography.Paragraph>
      <Form<ChangePasswordForm> layout="vertical" onFinish={(values) => change.mutate(values)} disabled={change.isPending}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoFocus autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item label="新密码" name="newPassword" rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          label="再次输入新密码"
          name="repeated"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="repeat-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={change.isPending}>
          修改密码
        </Button>
      </Form>
    </Card>
  );
  if (!forced) return form;
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5' }}>{form}</div>
  );
}
