import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { adminSessionMs, createAdminGuard } from '../../../src/central/admin/admin-auth';

const withCookie = (setCookie: string) => ({ headers: { cookie: setCookie.split(';')[0] } }) as unknown as IncomingMessage;

describe('admin page sessions', () => {
  it('expire after their time and never carry the token', () => {
    let now = 1_000_000;
    const guard = createAdminGuard('admin-token-0123456789', () => now);
    const cookie = guard.startSession();
    expect(cookie).not.toContain('admin-token-0123456789');
    expect(guard.hasPageCookie(withCookie(cookie))).toBe(true);
    expect(guard.hasPageCookie(withCookie(guard.startSession().replace(/=[^;]+/, '=forged')))).toBe(false);
    now += adminSessionMs;
    expect(guard.hasPageCookie(withCookie(cookie))).toBe(false);
  });

  it('keep a bounded number of sign-ins, the oldest dropped first', () => {
    const guard = createAdminGuard('admin-token-0123456789');
    const first = guard.startSession();
    for (let i = 0; i < 1000; i++) guard.startSession();
    const last = guard.startSession();
    expect(guard.hasPageCookie(withCookie(first))).toBe(false);
    expect(guard.hasPageCookie(withCookie(last))).toBe(true);
  });
});
