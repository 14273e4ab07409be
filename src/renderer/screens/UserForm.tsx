import { Alert, Form, Input, Modal, Select } from 'antd';
import { createUserInputSchema, type CreateUserInput } from '../../shared/contract/auth-endpoints';
import { roleLabels, roles } from '../../shared/contract/roles';
import { call } from '../api/client';
import { zodRule } from '../forms/zod-rule';
import { useSubmit } from '../forms/use-submit';

const fields = createUserInputSchema.shape;
const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

export function NewUserDialog({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(): void }) {
  const [form] = Form.useForm<CreateUserInput>();
  const { busy, error, submit } = useSubmit<CreateUserInput>(form, async (values) => {
    await call('users.create', values);
    form.resetFields();
    onCreated();
  });

  return (
    <Modal
      title="新建账号"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="创建"
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'user-create-submit' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
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
        <Form.Item label="初始密码" name="password" rules={[zodRule(fields.password)]} extra="至少8位，包含字母和数字">
          <Input.Password data-testid="user-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
