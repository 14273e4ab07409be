import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { createUserInputSchema, updateUserInputSchema, type CreateUserInput } from '../../shared/contract/auth-endpoints';
import { roleLabels, roles, type Role } from '../../shared/contract/roles';
import type { User } from '../../shared/contract/user-types';
import { call } from '../api/client';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { zodRule } from '../forms/zod-rule';
import { useSubmit } from '../forms/use-submit';

const fields = createUserInputSchema.shape;
const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

/** One account dialog: its form, the back end's error above it, and a submit button with a test id. */
function AccountDialog({
  title,
  okText,
  testId,
  busy,
  error,
  onOk,
  onClose,
  children,
}: {
  title: string;
  okText: string;
  testId: string;
  busy: boolean;
  error: string | null;
  onOk(): void;
  onClose(): void;
  children: ReactNode;
}) {
  return (
    <Modal
      title={title}
      open
      onCancel={onClose}
      onOk={onOk}
      okText={okText}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': testId } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      {children}
    </Modal>
  );
}

/** A new account; the administrator's initial password must be changed at the first login. */
export function NewUserDialog({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(): void }) {
  const [form] = Form.useForm<CreateUserInput & { passwordConfirm?: string }>();
  const { busy, error, submit } = useSubmit<CreateUserInput & { passwordConfirm?: string }>(
    form,
    async ({ passwordConfirm: _confirm, ...values }) => {
      await call('users.create', { ...values, mustChangePassword: true });
      form.resetFields();
      onCreated();
    },
  );
  if (!open) return null;

  return (
    <AccountDialog
      title="新建账号"
      okText="创建"
      testId="user-create-submit"
      busy={busy}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'clerk' }} requiredMark={false}>
        <Form.Item label="工号" name="staffNo" rules={[zodRule(fields.staffNo)]}>
          <Input autoFocus data-testid="user-staff-no" />
        </Form.Item>
        <Form.Item label="姓名" name="name" rules={[zodRule(fields.name)]}>
          <Input data-testid="user-name" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[zodRule(fields.role)]}>
          <Select options={roleOptions} data-testid="user-role" />
        </Form.Item>
        <NewPasswordFields name="password" label="初始密码" testId="user-password" />
        <Typography.Text type="secondary">初始密码须在该账号首次登录时修改。</Typography.Text>
      </Form>
    </AccountDialog>
  );
}

const updateFields = updateUserInputSchema.shape;

/** Corrects an account's name and role; the 工号 never changes (it is in every record). */
export function EditUserDialog({ user, onClose, onSaved }: { user: User; onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<{ name: string; role: Role }>();
  const { busy, error, submit } = useSubmit<{ name: string; role: Role }>(form, async (values) => {
    await call('users.update', { id: user.id, ...values });
    onSaved();
  });
  return (
    <AccountDialog
      title={`修改账号：${user.staffNo}`}
      okText="保存"
      testId="user-edit-submit"
      busy={busy}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: user.name, role: user.role }} requiredMark={false}>
        <Form.Item label="姓名" name="name" rules={[zodRule(updateFields.name)]}>
          <Input autoFocus data-testid="user-edit-name" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[zodRule(updateFields.role)]}>
          <Select options={roleOptions} data-testid="user-edit-role" />
        </Form.Item>
      </Form>
    </AccountDialog>
  );
}

/** Sets a new password for someone who forgot theirs: their sessions end, they change it at next login. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: User; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<{ password: string }>();
  const { busy, error, submit } = useSubmit<{ password: string }>(form, async ({ password }) => {
    await call('users.resetPassword', { id: user.id, password });
    onDone();
  });
  return (
    <AccountDialog
      title={`重置密码：${user.name}（${user.staffNo}）`}
      okText="重置"
      testId="user-reset-submit"
      busy={busy}
      error={error}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <NewPasswordFields name="password" label="新密码" testId="user-reset-password" />
        <Typography.Text type="secondary">重置后该账号已登录的窗口将退出，并须在下次登录时修改密码；账号锁定同时解除。</Typography.Text>
      </Form>
    </AccountDialog>
  );
}
