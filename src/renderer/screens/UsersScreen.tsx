import { App, Button, Card, Switch, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { roleLabels } from '../../shared/contract/roles';
import type { User } from '../../shared/contract/user-types';
import { call } from '../api/client';
import { NewUserDialog } from './UserForm';

export function UsersScreen() {
  const { message } = App.useApp();
  const [users, setUsers] = useState<User[]>([]);
  const [creating, setCreating] = useState(false);

  const load = useCallback(() => {
    void call('users.list', {}).then(setUsers, (error: Error) => void message.error(error.message));
  }, [message]);
  useEffect(load, [load]);

  async function setActive(user: User, active: boolean) {
    try {
      await call('users.update', { id: user.id, active });
      load();
    } catch (error) {
      void message.error((error as Error).message);
    }
  }

  return (
    <Card
      title="账号管理"
      extra={
        <Button type="primary" onClick={() => setCreating(true)} data-testid="user-new">
          新建账号
        </Button>
      }
    >
      <Table<User>
        rowKey="id"
        size="small"
        dataSource={users}
        pagination={false}
        data-testid="users-table"
        columns={[
          { title: '工号', dataIndex: 'staffNo' },
          { title: '姓名', dataIndex: 'name' },
          { title: '角色', render: (_, u) => roleLabels[u.role] },
          {
            title: '状态',
            render: (_, u) =>
              u.lockedUntil && u.lockedUntil > new Date().toISOString() ? <Tag color="red">已锁定</Tag> : <Tag>正常</Tag>,
          },
          {
            title: '启用',
            render: (_, u) => <Switch checked={u.active} onChange={(on) => void setActive(u, on)} size="small" />,
          },
        ]}
      />
      <NewUserDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void message.success('账号已创建');
          load();
        }}
      />
    </Card>
  );
}
