import { Alert, App, Button, Card, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { roleLabels } from '../../shared/contract/roles';
import type { User } from '../../shared/contract/user-types';
import { call } from '../api/client';
import { useCallQuery, useInvalidate } from '../data/use-call';
import { EditUserDialog, NewUserDialog, ResetPasswordDialog } from './UserForm';

type Dialog = { kind: 'edit' | 'reset'; user: User } | null;

const isLocked = (user: User) => user.lockedUntil !== null && user.lockedUntil > new Date().toISOString();

export function UsersScreen() {
  const { message } = App.useApp();
  const found = useCallQuery('users.list', {});
  const users = found.data ?? [];
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const invalidate = useInvalidate();
  const load = () => void invalidate('accountChange');

  async function act(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      void message.success(done);
      load();
    } catch (error) {
      void message.error((error as Error).message);
    }
  }

  const closeWith = (done: string) => () => {
    setDialog(null);
    void message.success(done);
    load();
  };

  return (
    <Card
      title="账号管理"

      extra={
        <Button type="primary" onClick={() => setCreating(true)} data-testid="user-new">
          新建账号
        </Button>
      }
    >
      {found.error && <Alert type="error" showIcon title={found.error.message} className="form-alert" />}
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
            render: (_, u) => (
              <Space size={4}>
                {isLocked(u) ? <Tag color="red">已锁定</Tag> : <Tag>正常</Tag>}
                {u.mustChangePassword && <Tag color="orange">待改密</Tag>}
              </Space>
            ),
          },
          {
            title: '启用',
            render: (_, u) => (
              <Switch
                checked={u.active}
                onChange={(on) => void act(() => call('users.update', { id: u.id, active: on }), on ? '账号已启用' : '账号已停用')}
                size="small"
              />
            ),
          },
          {
            title: '操作',
            render: (_, u) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() => setDialog({ kind: 'edit', user: u })}
                  data-testid={`user-edit-${u.staffNo}`}
                >
                  修改
                </Button>
                <Button
                  type="link"
                  size="small"
                  onClick={() => setDialog({ kind: 'reset', user: u })}
                  data-testid={`user-reset-${u.staffNo}`}
                >
                  重置密码
                </Button>
                {isLocked(u) && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void act(() => call('users.unlock', { id: u.id }), '已解除锁定')}
                    data-testid={`user-unlock-${u.staffNo}`}
                  >
                    解除锁定
                  </Button>
                )}
              </Space>
            ),
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
      {dialog?.kind === 'edit' && <EditUserDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={closeWith('账号已修改')} />}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={closeWith('密码已重置，该账号下次登录时须修改密码')}
        />
      )}
    </Card>
  );
}
