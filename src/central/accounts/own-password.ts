import { passwordProblem } from '../../shared/contract/password-policy';
import { AppError } from '../../shared/errors';
import type { Sql } from '../db/sql';
import { findAccountById, setAccountPassword } from './account-queries';
import type { AccountRow } from './account-queries';
import { appendCentreAudit } from './centre-audit';
import type { CentreUser } from './centre-user';
import { hashPassword, verifyPassword } from './password-hash';
import { deleteAccountSessions } from './session-queries';
import { startSession } from './sessions';

/**
 * The holder changes their own password (a first or reset one must be): every session of the
 * account ends, this one is replaced by a new one (a new cookie and CSRF token).
 */
export async function changeOwnPassword(
  sql: Sql,
  user: CentreUser,
  input: { currentPassword: string; newPassword: string },
  now: Date,
): Promise<{ sessionId: string; account: AccountRow }> {
  const account = await findAccountById(sql, user.accountId);
  if (account === null) throw new AppError('UNAUTHENTICATED', '请先登录中心平台');
  if (!(await verifyPassword(input.currentPassword, account.password_hash)))
    throw new AppError('VALIDATION', '当前密码不正确', 'currentPassword');
  if (input.newPassword === input.currentPassword) throw new AppError('VALIDATION', '新密码不能与当前密码相同', 'newPassword');
  const problem = passwordProblem(input.newPassword, account.staff_no);
  if (problem !== null) throw new AppError('VALIDATION', problem, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return sql.transaction(async (tx) => {
    const row = await setAccountPassword(tx, account.id, passwordHash, false);
    await deleteAccountSessions(tx, row.id);
    const sessionId = await startSession(tx, row.id, now);
    await appendCentreAudit(tx, { actor: user, action: 'centre.password-changed', entity: 'centre-account', entityId: row.id, now });
    return { sessionId, account: row };
  });
}
