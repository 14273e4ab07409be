import { describe, expect, it } from 'vitest';
import { loginSource } from '../../../src/main/backend/login-source';
import { delayAfter, throttlePolicy } from '../../../src/main/services/auth/login-throttle';
import { eachAccountsDesk, adminSession, clerk, login, readRow, writeStore } from './account-fixtures';

const fixture = eachAccountsDesk();

const waitOf = (source: string) => {
  const row = readRow<{ blocked_until: string | null }>(
    fixture.desk,
    'SELECT blocked_until FROM login_throttle WHERE user_id = ? AND source = ?',
    fixture.clerkId,
    source,
  );
  return row?.blocked_until ? (new Date(row.blocked_until).getTime() - fixture.desk.clock.now().getTime()) / 1000 : 0;
};

describe('lockout per account and source', () => {
  it('slows down the guessing source only: the clerk at another source logs in at once', async () => {
    for (let i = 0; i < throttlePolicy.freeFailures; i += 1) await login(fixture.desk, `Guess${i}abc`, 'browser-stranger');
    expect(await login(fixture.desk, clerk.password, 'browser-stranger')).toMatchObject({ ok: false });
    expect(await login(fixture.desk, clerk.password, 'browser-clerk')).toMatchObject({ ok: true });
  }, 60_000);

  it('doubles the wait with every further failure from the same source, never beyond the cap', async () => {
    const waits: number[] = [];
    for (let i = 0; i < throttlePolicy.freeFailures + 4; i += 1) {
      await login(fixture.desk, `Guess${i}abc`, 'desk');
      waits.push(waitOf('desk'));
      fixture.desk.clock.advanceMinutes(waitOf('desk') / 60 + 0.01);
    }
    expect(waits).toEqual([0, 0, 0, 0, 30, 60, 120, 120, 120]);
    expect(Math.max(...Array.from({ length: 60 }, (_, n) => delayAfter(n)))).toBe(throttlePolicy.maxDelaySeconds);
    // The clerk sharing the stranger's source waits at most the cap, then logs in.
    expect(await login(fixture.desk, clerk.password, 'desk')).toMatchObject({ ok: true });
  }, 90_000);

  it('locks the account everywhere only after many failures, until an administrator unlocks it', async () => {
    writeStore(fixture.desk, 'UPDATE users SET failed_attempts = ? WHERE id = ?', throttlePolicy.hardLockFailures - 1, fixture.clerkId);
    await login(fixture.desk, 'OneMore2026x', 'browser-a');
    expect(await login(fixture.desk, clerk.password, 'browser-b')).toMatchObject({ ok: false });
    const listed = (await fixture.desk.call('users.list', {}, adminSession)).find((u) => u.id === fixture.clerkId)!;
    expect(listed.lockedUntil! > fixture.desk.clock.now().toISOString()).toBe(true);
    await fixture.desk.call('users.unlock', { id: fixture.clerkId }, adminSession);
    expect(await login(fixture.desk, clerk.password, 'browser-b')).toMatchObject({ ok: true });
  }, 60_000);

  it('treats every window of the desktop app as one source, and each admitted browser as its own', () => {
    expect(loginSource('window-3')).toBe(loginSource('window-7'));
    expect(loginSource('browser-abc')).not.toBe(loginSource('browser-def'));
  });
});

describe('auth.changePassword', () => {
  it('counts wrong old passwords like logins from the same source', async () => {
    await login(fixture.desk, clerk.password, 'clerk-pc');
    for (let i = 0; i < throttlePolicy.freeFailures; i += 1) {
      expect(
        await fixture.desk.fail('auth.changePassword', { oldPassword: `Guess${i}abc`, newPassword: 'Fresh2026pw' }, 'clerk-pc'),
      ).toMatchObject({
        code: 'VALIDATION',
        field: 'oldPassword',
        message: '原密码不正确',
      });
    }
    expect(
      await fixture.desk.fail('auth.changePassword', { oldPassword: clerk.password, newPassword: 'Fresh2026pw' }, 'clerk-pc'),
    ).toMatchObject({
      message: '原密码错误次数过多，请稍后再试',
    });
    expect(await login(fixture.desk, clerk.password, 'clerk-pc')).toMatchObject({ ok: false });
  }, 60_000);
});
