import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

let desk: TestDesk;
beforeEach(async () => {
  desk = openTestDesk();
  await setUpDesk(desk, 'admin-window');
  await desk.call('users.create', { staffNo: 'C101', name: '李窗口', role: 'clerk', password: 'Clerk2026x' }, 'admin-window');
  await desk.call('auth.login', { staffNo: 'C101', password: 'Clerk2026x' }, 'clerk-window');
});
afterEach(() => desk.close());

describe('role checks in the back end', () => {
  it('refuses account management to a clerk, naming the role', async () => {
    const error = await desk.fail('users.list', {}, 'clerk-window');
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: '您的角色（窗口人员）无权查看账号' });
    expect(
      (await desk.fail('users.create', { staffNo: 'X1', name: '某', role: 'admin', password: 'Abcdefg123' }, 'clerk-window')).code,
    ).toBe('FORBIDDEN');
  });

  it('refuses everything but public calls without a session', async () => {
    expect((await desk.fail('users.list', {}, 'stranger')).code).toBe('UNAUTHENTICATED');
    expect((await desk.fail('audit.verify', {}, 'stranger')).code).toBe('UNAUTHENTICATED');
  });

  it('ends the session of a deactivated account at its next call', async () => {
    const clerk = (await desk.call('users.list', {}, 'admin-window')).find((u) => u.staffNo === 'C101')!;
    await desk.call('users.update', { id: clerk.id, active: false }, 'admin-window');
    expect((await desk.call('app.status', {}, 'clerk-window')).user).toBeNull();
    // Refused like any other failed login: the message does not tell that the account exists.
    expect((await desk.fail('auth.login', { staffNo: 'C101', password: 'Clerk2026x' }, 'clerk-window')).message).toBe(
      '工号或密码错误，或账号暂不可用',
    );
  });

  it('keeps an administrator from locking themselves out', async () => {
    const admin = (await desk.call('users.list', {}, 'admin-window')).find((u) => u.staffNo === 'A001')!;
    expect((await desk.fail('users.update', { id: admin.id, active: false }, 'admin-window')).code).toBe('VALIDATION');
  });

  it('refuses a duplicate 工号 and unknown channels', async () => {
    expect(
      await desk.fail('users.create', { staffNo: 'c101', name: '重复', role: 'clerk', password: 'Abcdefg123' }, 'admin-window'),
    ).toMatchObject({ code: 'CONFLICT', field: 'staffNo' });
    expect((await desk.fail('nope.nothing' as never, {}, 'admin-window')).code).toBe('VALIDATION');
  });

  it('never returns password hashes', async () => {
    const users = await desk.call('users.list', {}, 'admin-window');
    expect(JSON.stringify(users)).not.toMatch(/scrypt|password/);
  });

  it('audits account changes', async () => {
    const { rows } = await desk.call('audit.list', { page: 1, pageSize: 10 }, 'admin-window');
    expect(rows.some((r) => r.action === 'user.created' && r.entity === 'user')).toBe(true);
  });
});
