import { afterEach, describe, expect, it } from 'vitest';
import { adminPassword, MovableClock, type TestDesk } from '../../helpers/test-backend';
import { accountsDesk, adminSession, clerk, login } from './account-fixtures';

let desk: TestDesk;
afterEach(() => desk.close());

describe('sessions end', () => {
  it('after the hall setting of idle minutes (30 by default), not while in use', async () => {
    const idle = new MovableClock();
    ({ desk } = await accountsDesk({ sessionClock: idle }));
    await login(desk, clerk.password, 'clerk-pc');
    idle.advanceMinutes(29);
    expect((await desk.call('app.status', {}, 'clerk-pc')).user?.staffNo).toBe(clerk.staffNo);
    idle.advanceMinutes(29);
    expect((await desk.call('app.status', {}, 'clerk-pc')).user?.staffNo).toBe(clerk.staffNo);
    idle.advanceMinutes(31);
    expect(await desk.fail('cases.search', { query: '张三', todayOnly: false, page: 1, pageSize: 20 }, 'clerk-pc')).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '长时间未操作，已自动退出，请重新登录',
    });
    expect((await desk.call('app.status', {}, 'clerk-pc')).user).toBeNull();

    await login(desk, adminPassword, adminSession, 'A001');
    const settings = await desk.call('settings.get', {}, adminSession);
    expect(settings.sessionIdleMinutes).toBe(30);
    await desk.call('settings.update', { ...settings, sessionIdleMinutes: 10 }, adminSession);
    await login(desk, clerk.password, 'clerk-pc');
    idle.advanceMinutes(11);
    expect((await desk.call('app.status', {}, 'clerk-pc')).user).toBeNull();
  }, 60_000);

  it('when the password is changed (elsewhere), reset, or the account disabled', async () => {
    let clerkId: number;
    ({ desk, clerkId } = await accountsDesk());
    await login(desk, clerk.password, 'pc-1');
    await login(desk, clerk.password, 'pc-2');
    await desk.call('auth.changePassword', { oldPassword: clerk.password, newPassword: 'Changed2026x' }, 'pc-1');
    expect((await desk.call('app.status', {}, 'pc-1')).user?.staffNo).toBe(clerk.staffNo);
    expect((await desk.call('app.status', {}, 'pc-2')).user).toBeNull();

    await desk.call('users.resetPassword', { id: clerkId, password: 'ResetBy2026admin' }, adminSession);
    expect((await desk.call('app.status', {}, 'pc-1')).user).toBeNull();

    await login(desk, 'ResetBy2026admin', 'pc-1');
    await desk.call('users.update', { id: clerkId, active: false }, adminSession);
    expect((await desk.call('app.status', {}, 'pc-1')).user).toBeNull();
  }, 60_000);
});
