import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Typography } from 'antd';
import { passwordPolicyText } from '../../../shared/contract/password-policy';
import type { AccountView } from '../../contract/accounts-contract';
import { resetPasswordRoute } from '../../contract/accounts-contract';
import { callCentre } from '../centre-api';
import { accountsQueryKey } from './accounts-query';

/** Sets a temporary password (told to the holder in person); they must change it at next sign-in. */
export function ResetPasswordModal({ account, onClose }: { account: AccountView; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ temporaryPassword: string }>();
  const reset = useMutation({
    mutationFn: (temporaryPassword: string) => callCentre(resetPasswordRoute, { accountId: account.accountId, temporaryPassword }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accountsQueryKey });
      onClose();
    },
    onError: (error) => form.setFields([{ name: 'temporaryPassword', errors: [error.message] }]),
  });
  return (
    <Modal
      open
      title={`重置密码：${account.name}（${account.staffNo}）`}
      okText="重置"
      onOk={() => form.submit()}
      confirmLoading={reset.isPending}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        重置后该账号的登录会话全部结束，锁定解除；持有人下次登录须修改密码。{passwordPolicyText}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => reset.mutate(values.temporaryPassword)}>
        <Form.Item label="临时密码" name="temporaryPassword" rules={[{ required: true, message: '请输入临时密码' }]}>
          <Input.Password autoFocus autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
