import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockoutMs, maxFailedSignIns } from '../../../../src/central/accounts/sign-in';
import { createRateLimiter } from '../../../../src/central/http/rate-limit';
import { sessionIdleMs } from '../../../../src/central/accounts/sessions';
import { cookieFrom, harnessAdminToken, seededPassword, startWorkHarness } from './work-harness';
import type { WorkHarness } from './work-harness';

let centre: WorkHarness;
beforeEach(async () => {
  centre = await startWorkHarness();
});
afterEach(() => centre.close());

const signIn = (staffNo: string, password: string) =>
  centre.call('POST', '/v1/work/session/sign-in', { staffNo, password }, { csrf: 'sign-in' });

describe('centre sign-in', () => {
  it('the first 中心管理员 comes from the admin token, must change the temporary password, then works', async () => {
    const created = await centre.call(
      'POST',
      '/v1/admin/accounts',
      { staffNo: 'A001', name: '王主任' },
      { authorization: `Bearer ${harnessAdminToken}` },
    );
    expect(created.status).toBe(200);
    const temporary: string = created.json.value.temporaryPassword;

    const first = await signIn('a001', temporary);
    expect(first.status).toBe(200);
    expect(first.json.value.mustChangePassword).toBe(true);
    expect(first.setCookie).toMatch(/HttpOnly/);
    expect(first.setCookie).toMatch(/SameSite=Strict/);
    const firstCaller = { cookie: cookieFrom(first.setCookie)!, csrf: first.json.value.csrfToken as string };

    const refused = await centre.call('GET', '/v1/work/accounts', undefined, firstCaller);
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain('请先修改初始密码');

    const changed = await centre.call(
      'POST',
      '/v1/work/session/change-password',
      { currentPassword: temporary, newPassword: 'Zhuren2026new' },
      firstCaller,
    );
    expect(changed.status).toBe(200);
    expect(changed.json.value.mustChangePassword).toBe(false);
    const caller = { cookie: cookieFrom(changed.setCookie)!, csrf: changed.json.value.csrfToken as string };

    expect((await centre.call('GET', '/v1/work/session', undefined, firstCaller)).json.value).toBeNull();
    const listed = await centre.call('GET', '/v1/work/accounts', undefined, caller);
    expect(listed.status).toBe(200);
    expect(listed.json.value.map((a: { staffNo: string }) => a.staffNo)).toEqual(['A001']);
  });

  it('a wrong 工号 and a wrong password answer alike; failures lock the account, which a reset or time lifts', async () => {
    const account = await centre.seedAccount('inspector', { staffNo: 'D007' });
    const unknown = await signIn('NOBODY', seededPassword);
    expect(unknown.status).toBe(401);
    for (let attempt = 1; attempt < maxFailedSignIns; attempt++) {
      const wrong = await signIn('D007', 'Wrong2026pass');
      expect(wrong.status).toBe(401);
      expect(wrong.json.error.message).toBe(unknown.json.error.message);
    }
    const locking = await signIn('D007', 'Wrong2026pass');
    expect(locking.status).toBe(423);
    const whileLocked = await signIn('D007', seededPassword);
    expect(whileLocked.status).toBe(423);
    expect(whileLocked.json.error.message).toContain('账号已锁定至 2026-12-01 10:15');

    centre.clock.now = new Date(centre.clock.now.getTime() + lockoutMs);
    expect((await signIn('D007', seededPassword)).status).toBe(200);
    expect(account.staff_no).toBe('D007');
  });

  it('one address trying too many sign-ins is slowed down, whichever 工号 it tries', async () => {
    const limited = await startWorkHarness({ signInRateLimiter: createRateLimiter({ limit: 2, windowMs: 60_000, maxSources: 10 }) });
    try {
      const attempt = (staffNo: string) =>
        limited.call('POST', '/v1/work/session/sign-in', { staffNo, password: 'Wrong2026pass' }, { csrf: 'x' });
      expect((await attempt('U1')).status).toBe(401);
      expect((await attempt('U2')).status).toBe(401);
      const third = await attempt('U3');
      expect(third.status).toBe(429);
      expect(third.json.error.message).toContain('登录尝试过于频繁');
    } finally {
      await limited.close();
    }
  });

  it('every unsafe /v1/work request needs the CSRF header, and a signed-in one the session’s own token', async () => {
    const admin = await centre.seedAccount('centre-admin');
    const caller = await centre.sessionFor(admin);
    const body = { staffNo: 'R1', name: '李审批', role: 'inspector', hallCode: null, department: null, initialPassword: 'Shenpi2026ok' };
    expect((await centre.call('POST', '/v1/work/accounts/create', body, { cookie: caller.cookie })).status).toBe(403);
    expect((await centre.call('POST', '/v1/work/accounts/create', body, { cookie: caller.cookie, csrf: 'forged' })).status).toBe(403);
    expect((await centre.call('POST', '/v1/work/session/sign-in', { staffNo: 'X', password: 'y' })).status).toBe(403);
    expect((await centre.call('POST', '/v1/work/accounts/create', body, caller)).status).toBe(200);
  });

  it('a session ends after the idle timeout, and at sign-out', async () => {
    const reviewer = await centre.seedAccount('department-reviewer');
    const idle = await centre.sessionFor(reviewer);
    centre.clock.now = new Date(centre.clock.now.getTime() + sessionIdleMs);
    expect((await centre.call('GET', '/v1/work/session', undefined, idle)).json.value).toBeNull();

    const caller = await centre.sessionFor(reviewer);
    expect((await centre.call('GET', '/v1/work/session', undefined, caller)).json.value.user.accountId).toBe(reviewer.id);
    expect((await centre.call('POST', '/v1/work/session/sign-out', {}, caller)).status).toBe(200);
    expect((await centre.call('GET', '/v1/work/session', undefined, caller)).json.value).toBeNull();
  });

  it('a disabled account is signed out at once and cannot sign in', async () => {
    const admin = await centre.seedAccount('centre-admin');
    const inspector = await centre.seedAccount('inspector', { staffNo: 'I9' });
    const inspectorCaller = await centre.sessionFor(inspector);
    const disabled = await centre.call(
      'POST',
      '/v1/work/accounts/set-disabled',
      { accountId: inspector.id, disabled: true },
      await centre.sessionFor(admin),
    );
    expect(disabled.status).toBe(200);
    expect((await centre.call('GET', '/v1/work/session', undefined, inspectorCaller)).json.value).toBeNull();
    const refused = await signIn('I9', seededPassword);
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain('停用');
  });
});
