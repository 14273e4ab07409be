import { describe, expect, it, vi } from 'vitest';
import { passwordCheck } from '../../../src/main/services/auth/auth-service';
import { throttlePolicy } from '../../../src/main/services/auth/login-throttle';
import { eachAccountsDesk, clerk, login, readRow } from './account-fixtures';

const fixture = eachAccountsDesk();

describe('parallel guesses', () => {
  it('reserve each attempt before the slow check: of 60 wrong and the right one sent together, only the free tries are checked', async () => {
    const realHash = readRow<{ password_hash: string }>(
      fixture.desk,
      'SELECT password_hash FROM users WHERE id = ?',
      fixture.clerkId,
    )!.password_hash;
    const verify = vi.spyOn(passwordCheck, 'verify');
    const guesses = Array.from({ length: 60 }, (_, i) => login(fixture.desk, `Wrong${i}guess`, 'attacker'));
    const results = await Promise.all([...guesses, login(fixture.desk, clerk.password, 'attacker')]);

    expect(results.every((r) => !r.ok)).toBe(true);
    const checkedForReal = verify.mock.calls.filter(([, hash]) => hash === realHash).length;
    expect(checkedForReal).toBe(throttlePolicy.freeFailures);
    expect(verify).toHaveBeenCalledTimes(61);
    expect(
      readRow(fixture.desk, 'SELECT failures FROM login_throttle WHERE user_id = ? AND source = ?', fixture.clerkId, 'attacker'),
    ).toEqual({
      failures: throttlePolicy.freeFailures,
    });
    expect(readRow(fixture.desk, 'SELECT failed_attempts FROM users WHERE id = ?', fixture.clerkId)).toEqual({
      failed_attempts: throttlePolicy.freeFailures,
    });

    fixture.desk.clock.advanceMinutes(throttlePolicy.firstDelaySeconds / 60 + 0.1);
    expect(await login(fixture.desk, clerk.password, 'attacker')).toMatchObject({ ok: true });
    expect(readRow(fixture.desk, 'SELECT failed_attempts FROM users WHERE id = ?', fixture.clerkId)).toEqual({ failed_attempts: 0 });
  }, 120_000);
});
