import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Form, Input, Modal, Select } from 'antd';
import { centreRoleLabels, centreRoles } from '../../accounts/centre-user';
import type { CentreRole, CentreUser } from '../../accounts/centre-user';
import { passwordPolicyText } from '../../../shared/contract/password-policy';
import type { AccountView } from '../../contract/accounts-contract';
import { createAccountRoute, updateAccountRoute } from '../../contract/accounts-contract';
import { CentreApiError, callCentre } from '../centre-api';
import { accountsQueryKey } from './accounts-query';

interface AccountForm {
  staffNo: string;
  name: string;
  role: CentreRole;
  hallCode?: string;
  department?: string;
  initialPassword: string;
}

const fieldNames: readonly string[] = ['staffNo', 'name', 'role', 'hallCode', 'department', 'initialPassword'];

const blankToNull = (value: string | undefined) => (value === undefined || value.trim() === '' ? null : value.trim());

/** New account (`editing` null) or the name, role and binding of an existing one; a hall administrator makes reviewers of their hall only. */
export function AccountFormModal({ manager, editing, onClose }: { manager: CentreUser; editing: AccountView | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<AccountForm>();
  const role = Form.useWatch('role', form);
  const isHallAdmin = manager.role === 'hall-admin';
  const save = useMutation({
    mutationFn: async (values: AccountForm) => {
      const binding = {
        name: values.name,
        role: values.role,
        hallCode: isHallAdmin ? manager.hallCode : blankToNull(values.hallCode),
        department: blankToNull(values.department),
      };
      return editing === null
        ? callCentre(createAccountRoute, { ...binding, staffNo: values.staffNo, initialPassword: values.initialPassword })
        : callCentre(updateAccountRoute, { ...binding, accountId: editing.accountId });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accountsQueryKey });
      onClose();
    },
    onError: (error) => {
      const field = error instanceof CentreApiError ? error.field : undefined;
      if (field !== undefined && fieldNames.includes(field))
        form.setFields([{ name: field as keyof AccountForm, errors: [error.message] }]);
      else void message.error(error.message);
    },
  });
  const roles = isHallAdmin ? (['department-reviewer'] as const) : centreRoles;
  return (
    <Modal
      open
      title={editing === null ? '新建账号' : `编辑账号 ${editing.staffNo}`}
      okText="保存"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<AccountForm>
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        initialValues={
          editing === null
            ? { role: 'department-reviewer', hallCode: manager.hallCode ?? undefined }
            : { ...editing, hallCode: editing.hallCode ?? undefined, department: editing.department ?? undefined }
        }
      >
        <Form.Item label="工号" name="staffNo" rules={[{ required: editing === null, message: '请输入工号' }]}>
          <Input disabled={editing !== null} autoFocus data-testid="account-staff-no" />
        </Form.Item>
        <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请输入姓名' }]}>
          <Input data-testid="account-name" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={roles.map((value) => ({ value, label: centreRoleLabels[value] }))} data-testid="account-role" />
        </Form.Item>
        {role === 'hall-admin' || role === 'department-reviewer' ? (
          <Form.Item
            label="所属大厅编码"
            name="hallCode"
            extra={role === 'department-reviewer' ? '部门审批人员可不填（跨大厅审批）' : undefined}
            rules={[{ required: role === 'hall-admin', message: '请输入大厅编码' }]}
          >
            <Input disabled={isHallAdmin} data-testid="account-hall" />
          </Form.Item>
        ) : null}
        {role === 'department-reviewer' ? (
          <Form.Item label="所属部门" name="department" rules={[{ required: true, message: '请输入部门名称（与事项目录中的部门一致）' }]}>
            <Input data-testid="account-department" />
          </Form.Item>
        ) : null}
        {editing === null ? (
          <Form.Item
            label="初始密码"
            name="initialPassword"
            extra={`${passwordPolicyText}首次登录须修改。`}
            rules={[{ required: true, message: '请输入初始密码' }]}
          >
            <Input.Password autoComplete="new-password" data-testid="account-password" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
