import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loginRefusedMessage, passwordCheck } from '../../../src/main/services/auth/auth-service';
import type { TestDesk } from '../../helpers/test-backend';
import { accountsDesk, adminSession, clerk, login, writeStore } from './account-fixtures';

let desk: TestDesk;
let clerkId: number;
beforeEach(async () => {
  ({ desk, clerkId } = await accountsDesk());
}, 60_000);
afterEach(() => {
  vi.restoreAllMocks();
  desk.close();
});

const refusal = { ok: false, error: { code: 'UNAUTHENTICATED', message: loginRefusedMessage, field: 'password' } };

describe('a refused login tells nothing about the account', () => {
  it('answers unknown 工号, wrong password, disabled, locked and waiting alike, and checks a password every time', async () => {
    const verify = vi.spyOn(passwordCheck, 'verify');
    const answers = [await login(desk, clerk.password, 's1', 'NOBODY'), await login(desk, 'NotIt2026x', 's2')];

    await desk.call('users.update', { id: clerkId, active: false }, adminSession);
    answers.push(await login(desk, clerk.password, 's3'));
    await desk.call('users.update', { id: clerkId, active: true }, adminSession);

    writeStore(desk, 'UPDATE users SET locked_until = ? WHERE id = ?', '2099-01-01T00:00:00.000Z', clerkId);
    answers.push(await login(desk, clerk.password, 's4'));
    writeStore(desk, 'UPDATE users SET locked_until = NULL WHERE id = ?', clerkId);

    writeStore(desk, "INSERT INTO login_throttle (user_id, source, failures, blocked_until) VALUES (?, 's5', 5, '2099-01-01T00:00:00.000Z')", clerkId);
    answers.push(await login(desk, clerk.password, 's5'));

    expect(answers).toEqual([refusal, refusal, refusal, refusal, refusal]);
    expect(verify).toHaveBeenCalledTimes(5);
    expect(await login(desk, clerk.password, 's6')).toMatchObject({ ok: true });
  }, 60_000);

  it('keeps the true reason in the audit log for the administrator', async () => {
    await login(desk, 'x', 's1', 'NOBODY');
    await login(desk, 'NotIt2026x', 's2');
    const { rows } = await desk.call('audit.list', { page: 1, pageSize: 20 }, adminSession);
    const reasons = rows.filter((r) => r.action === 'auth.login.failed').map((r) => (JSON.parse(r.detail) as { reason: string }).reason);
    expect(reasons.sort()).toEqual(['unknown-staff-no', 'wrong-password']);
  }, 60_000);
});
