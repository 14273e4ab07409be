import { describe, expect, it } from 'vitest';
import { adminSessionMs, createAdminGuard } from '../../../src/central/admin/admin-auth';

describe('admin page sessions', () => {
  it('expire after their time and never carry the token', () => {
    let now = 1_000_000;
    const guard = createAdminGuard('admin-token-0123456789', () => now);
    const sessionId = guard.startSession();
    expect(sessionId).not.toContain('admin-token-0123456789');
    expect(guard.hasSession(sessionId)).toBe(true);
    expect(guard.hasSession('forged')).toBe(false);
    now += adminSessionMs;
    expect(guard.hasSession(sessionId)).toBe(false);
  });

  it('keep a bounded number of sign-ins, the oldest dropped first', () => {
    const guard = createAdminGuard('admin-token-0123456789');
    const first = guard.startSession();
    for (let i = 0; i < 1000; i++) guard.startSession();
    const last = guard.startSession();
    expect(guard.hasSession(first)).toBe(false);
    expect(guard.hasSession(last)).toBe(true);
  });
});
