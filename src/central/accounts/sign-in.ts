import { AppError } from '../../shared/errors';
import { formatHallTime } from '../../shared/time/hall-time';
import type { Sql } from '../db/sql';
import { clearFailedSignIns, findAccountById, findAccountByStaffNo, recordFailedSignIn } from './account-queries';
import type { AccountRow } from './account-queries';
import { centreUserOfRow } from './account-view';
import { appendCentreAudit } from './centre-audit';
import { decoyPasswordHash, verifyPassword } from './password-hash';
import { startSession } from './sessions';

/** Wrong passwords in a row before the account locks… */
export const maxFailedSignIns = 5;
/** …and for how long (an administrator's password reset lifts it sooner). */
export const lockoutMs = 15 * 60 * 1000;

const wrongCredentials = () => new AppError('UNAUTHENTICATED', '工号或密码错误');
const lockedMessage = (until: Date) => `密码连续输错${maxFailedSignIns}次，账号已锁定至 ${formatHallTime(until)}；可请管理员重置密码`;

export interface SignedIn {
  sessionId: string;
  account: AccountRow;
}

/** Sign-in by 工号 and password: a wrong 工号 and a wrong password answer alike; failures count towards a lockout. */
export async function signIn(sql: Sql, input: { staffNo: string; password: string }, now: Date): Promise<SignedIn> {
  const found = await findAccountByStaffNo(sql, input.staffNo);
  if (found === null) {
    await verifyPassword(input.password, await decoyPasswordHash());
    throw wrongCredentials();
  }
  if (found.locked_until !== null && found.locked_until > now) throw new AppError('LOCKED', lockedMessage(found.locked_until));
  // The slow hash runs outside the transaction; the count is then read again under a row lock.
  const correct = await verifyPassword(input.password, found.password_hash);
  const outcome = await sql.transaction(async (tx) => {
    const account = (await findAccountById(tx, found.id, true))!;
    const actor = centreUserOfRow(account);
    if (!correct) {
      const failed = account.failed_count + 1;
      const lockedUntil = failed >= maxFailedSignIns ? new Date(now.getTime() + lockoutMs) : null;
      await recordFailedSignIn(tx, account.id, lockedUntil === null ? failed : 0, lockedUntil);
      const action = lockedUntil === null ? 'centre.sign-in-failed' : 'centre.account-locked';
      await appendCentreAudit(tx, { actor, action, entity: 'centre-account', entityId: account.id, detail: { failed }, now });
      return { kind: 'refused' as const, lockedUntil };
    }
    if (account.disabled) return { kind: 'disabled' as const };
    await clearFailedSignIns(tx, account.id);
    const sessionId = await startSession(tx, account.id, now);
    await appendCentreAudit(tx, { actor, action: 'centre.sign-in', entity: 'centre-account', entityId: account.id, now });
    return { kind: 'signed-in' as const, signedIn: { sessionId, account } };
  });
  if (outcome.kind === 'disabled') throw new AppError('FORBIDDEN', '该账号已停用，请联系管理员');
  if (outcome.kind === 'refused')
    throw outcome.lockedUntil === null ? wrongCredentials() : new AppError('LOCKED', lockedMessage(outcome.lockedUntil));
  return outcome.signedIn;
}
