import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { centreRoleLabels } from '../../accounts/centre-user';
import { formatHallTime } from '../../../shared/time/hall-time';
import type { AccountView } from '../../contract/accounts-contract';
import { listAccountsRoute, setAccountDisabledRoute } from '../../contract/accounts-contract';
import { callCentre } from '../centre-api';
import { useCentreSession } from '../shell/use-centre-session';
import { AccountFormModal } from './AccountFormModal';
import { accountsQueryKey } from './accounts-query';
import { ResetPasswordModal } from './ResetPasswordModal';

function accountState(account: AccountView) {
  if (account.disabled) return <Tag>已停用</Tag>;
  if (account.lockedUntil !== null && new Date(account.lockedUntil) > new Date())
    return <Tag color="red">锁定至 {formatHallTime(account.lockedUntil)}</Tag>;
  if (account.mustChangePassword) return <Tag color="orange">待修改初始密码</Tag>;
  return <Tag color="green">正常</Tag>;
}

/** 账号管理: the centre administrator sees every account, a hall administrator their hall's department reviewers. */
export function AccountsScreen() {
  const manager = useCentreSession().data?.user;
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<AccountView | 'new' | null>(null);
  const [resetting, setResetting] = useState<AccountView | null>(null);
  const accounts = useQuery({ queryKey: accountsQueryKey, queryFn: () => callCentre(listAccountsRoute, {}) });
  const toggle = useMutation({
    mutationFn: (account: AccountView) =>
      callCentre(setAccountDisabledRoute, { accountId: account.accountId, disabled: !account.disabled }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
    onError: (error) => void message.error(error.message),
  });
  if (manager === undefined) return null;
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          账号管理
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')} data-testid="new-account">
          新建账号
        </Button>
      </Space>
      <Table<AccountView>
        rowKey="accountId"
        size="small"
        loading={accounts.isPending}
        dataSource={accounts.data ?? []}
        pagination={{ pageSize: 15, showSizeChanger: false }}
        locale={{ emptyText: accounts.isError ? accounts.error.message : '暂无账号' }}
        columns={[
          { title: '工号', dataIndex: 'staffNo', width: 110 },
          { title: '姓名', dataIndex: 'name', width: 110 },
          { title: '角色', dataIndex: 'role', width: 120, render: (role: AccountView['role']) => centreRoleLabels[role] },
          { title: '大厅', dataIndex: 'hallCode', width: 90, render: (value: string | null) => value ?? '—' },
          { title: '部门', dataIndex: 'department', ellipsis: true, render: (value: string | null) => value ?? '—' },
          { title: '状态', key: 'state', width: 190, render: (_, account) => accountState(account) },
          {
            title: '操作',
            key: 'actions',
            width: 200,
            render: (_, account) =>
              account.accountId === manager.accountId ? (
                <Typography.Text type="secondary">当前账号</Typography.Text>
              ) : (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setEditing(account)}>
                    编辑
                  </Button>
                  <Button size="small" type="link" onClick={() => setResetting(account)}>
                    重置密码
                  </Button>
                  <Button size="small" type="link" danger={!account.disabled} onClick={() => toggle.mutate(account)}>
                    {account.disabled ? '启用' : '停用'}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {editing === null ? null : (
        <AccountFormModal manager={manager} editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {resetting === null ? null : <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
