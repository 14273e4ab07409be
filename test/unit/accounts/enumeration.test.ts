import { describe, expect, it, vi } from 'vitest';
import { loginRefusedMessage, passwordCheck } from '../../../src/main/services/auth/auth-service';
import { eachAccountsDesk, adminSession, clerk, login, writeStore } from './account-fixtures';

const fixture = eachAccountsDesk();

const refusal = { ok: false, error: { code: 'UNAUTHENTICATED', message: loginRefusedMessage, field: 'password' } };

describe('a refused login tells nothing about the account', () => {
  it('answers unknown 工号, wrong password, disabled, locked and waiting alike, and checks a password every time', async () => {
    const verify = vi.spyOn(passwordCheck, 'verify');
    const answers = [await login(fixture.desk, clerk.password, 's1', 'NOBODY'), await login(fixture.desk, 'NotIt2026x', 's2')];

    await fixture.desk.call('users.update', { id: fixture.clerkId, active: false }, adminSession);
    answers.push(await login(fixture.desk, clerk.password, 's3'));
    await fixture.desk.call('users.update', { id: fixture.clerkId, active: true }, adminSession);

    writeStore(fixture.desk, 'UPDATE users SET locked_until = ? WHERE id = ?', '2099-01-01T00:00:00.000Z', fixture.clerkId);
    answers.push(await login(fixture.desk, clerk.password, 's4'));
    writeStore(fixture.desk, 'UPDATE users SET locked_until = NULL WHERE id = ?', fixture.clerkId);

    writeStore(
      fixture.desk,
      "INSERT INTO login_throttle (user_id, source, failures, blocked_until) VALUES (?, 's5', 5, '2099-01-01T00:00:00.000Z')",
      fixture.clerkId,
    );
    answers.push(await login(fixture.desk, clerk.password, 's5'));

    expect(answers).toEqual([refusal, refusal, refusal, refusal, refusal]);
    expect(verify).toHaveBeenCalledTimes(5);
    expect(await login(fixture.desk, clerk.password, 's6')).toMatchObject({ ok: true });
  }, 60_000);

  it('keeps the true reason in the audit log for the administrator', async () => {
    await login(fixture.desk, 'x', 's1', 'NOBODY');
    await login(fixture.desk, 'NotIt2026x', 's2');
    const { rows } = await fixture.desk.call('audit.list', { page: 1, pageSize: 20 }, adminSession);
    const reasons = rows.filter((r) => r.action === 'auth.login.failed').map((r) => (JSON.parse(r.detail) as { reason: string }).reason);
    expect(reasons.sort()).toEqual(['unknown-staff-no', 'wrong-password']);
  }, 60_000);
});
