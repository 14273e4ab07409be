import { describe, expect, it } from 'vitest';
import { eachAccountsDesk, adminSession, clerk, login } from './account-fixtures';

const fixture = eachAccountsDesk();

const search = { query: '张三', todayOnly: false, page: 1, pageSize: 20 };

describe('a password set by an administrator', () => {
  it('after a reset, must be changed before anything else', async () => {
    await fixture.desk.call('users.resetPassword', { id: fixture.clerkId, password: 'Temporary2026' }, adminSession);
    expect(await login(fixture.desk, 'Temporary2026', 'clerk-pc')).toMatchObject({ ok: true, value: { mustChangePassword: true } });
    expect((await fixture.desk.call('app.status', {}, 'clerk-pc')).user?.mustChangePassword).toBe(true);
    expect(await fixture.desk.fail('cases.search', search, 'clerk-pc')).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('请先修改密码'),
    });

    const changed = await fixture.desk.call(
      'auth.changePassword',
      { oldPassword: 'Temporary2026', newPassword: 'MyOwn2026pw' },
      'clerk-pc',
    );
    expect(changed.mustChangePassword).toBe(false);
    expect((await fixture.desk.call('cases.search', search, 'clerk-pc')).total).toBe(0);
  }, 60_000);

  it('at creation from the account screen, likewise; an account created without the flag is not asked', async () => {
    await fixture.desk.call(
      'users.create',
      { staffNo: 'C202', name: '赵窗口', role: 'clerk', password: 'First2026pw', mustChangePassword: true },
      adminSession,
    );
    expect(await login(fixture.desk, 'First2026pw', 'c202', 'C202')).toMatchObject({ value: { mustChangePassword: true } });
    expect((await fixture.desk.fail('cases.search', search, 'c202')).code).toBe('FORBIDDEN');
    expect(await login(fixture.desk, clerk.password, 'c101')).toMatchObject({ value: { mustChangePassword: false } });
  }, 60_000);

  it('lets an administrator edit a name and role, listed with the must-change mark', async () => {
    const edited = await fixture.desk.call('users.update', { id: fixture.clerkId, name: '李新名', role: 'supervisor' }, adminSession);
    expect(edited).toMatchObject({ name: '李新名', role: 'supervisor', mustChangePassword: false });
    await fixture.desk.call('users.resetPassword', { id: fixture.clerkId, password: 'Temporary2026' }, adminSession);
    expect((await fixture.desk.call('users.list', {}, adminSession)).find((u) => u.id === fixture.clerkId)?.mustChangePassword).toBe(true);
  }, 60_000);
});
