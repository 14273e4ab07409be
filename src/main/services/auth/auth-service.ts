import { AppError } from '../../../shared/errors';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { hashPassword, verifyPassword } from '../users/password';
import { assertPasswordFitsAccount } from '../users/user-service';
import { findUserById, findUserByStaffNo, updateUserFields, type UserRecord } from '../users/user-repository';
import { forgetFailures, reserveAttempt } from './login-throttle';

export function toSessionUser(record: UserRecord): SessionUser {
  return {
    id: record.id,
    staffNo: record.staff_no,
    name: record.name,
    role: record.role,
    mustChangePassword: record.must_change_password === 1,
  };
}

/**
 * Every refused login reads the same: unknown 工号, wrong password, a disabled account, a locked
 * one or a source that must wait. Only the audit log says which.
 */
export const loginRefusedMessage = '工号或密码错误，或账号暂不可用';

/** The slow check, one object so tests can watch that every path runs it. */
export const passwordCheck = { verify: verifyPassword };

/** A hash to verify against when no real check may run, so every refusal does the same work. */
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword('decoy-password-0'));

/**
 * Checks a password against an account for `source`, counting the attempt before the check
 * (login-throttle.ts). Resolves to the fresh record when the password is right and the attempt
 * was allowed, or to the reason it was refused. Every password typed anywhere (login, change,
 * a supervisor's approval) goes through here, so no box is a way round the limit on guesses.
 */
export async function checkPassword(db: Db, user: UserRecord | undefined, password: string, source: string, now: Date) {
  const ticket = reserveAttempt(db, user, source, now);
  const hash = ticket.allowed && user ? user.password_hash : await decoy();
  const matches = await passwordCheck.verify(password, hash);
  if (!ticket.allowed) return { ok: false as const, reason: ticket.reason };
  if (!matches || !user) return { ok: false as const, reason: 'wrong-password' as const };
  forgetFailures(db, user.id, source);
  return { ok: true as const, user: findUserById(db, user.id)! };
}

export async function login(db: Db, staffNo: string, password: string, source: string, now: Date): Promise<SessionUser> {
  const at = now.toISOString();
  const user = findUserByStaffNo(db, staffNo);
  const checked = await checkPassword(db, user, password, source, now);
  if (!checked.ok) {
    appendAudit(db, {
      at,
      actorId: user?.id ?? null,
      actorStaffNo: user?.staff_no ?? staffNo,
      action: 'auth.login.failed',
      detail: { reason: checked.reason },
    });
    throw new AppError('UNAUTHENTICATED', loginRefusedMessage, 'password');
  }
  appendAudit(db, { at, actorId: checked.user.id, actorStaffNo: checked.user.staff_no, action: 'auth.login' });
  return toSessionUser(checked.user);
}

export function logout(db: Db, user: SessionUser, now: Date): void {
  appendAudit(db, { at: now.toISOString(), actorId: user.id, actorStaffNo: user.staffNo, action: 'auth.logout' });
}

/**
 * The owner's change: the old password is checked and counted exactly like a login from the same
 * source, so a left-open session cannot be used to guess it faster.
 */
export async function changeOwnPassword(
  db: Db,
  user: SessionUser,
  oldPassword: string,
  newPassword: string,
  source: string,
  now: Date,
): Promise<SessionUser> {
  const at = now.toISOString();
  const checked = await checkPassword(db, findUserById(db, user.id), oldPassword, source, now);
  if (!checked.ok) {
    appendAudit(db, {
      at,
      actorId: user.id,
      actorStaffNo: user.staffNo,
      action: 'auth.password.change-failed',
      detail: { reason: checked.reason },
    });
    const message = checked.reason === 'wrong-password' ? '原密码不正确' : '原密码错误次数过多，请稍后再试';
    throw new AppError('VALIDATION', message, 'oldPassword');
  }
  if (oldPassword === newPassword) throw new AppError('VALIDATION', '新密码不能与原密码相同', 'newPassword');
  assertPasswordFitsAccount(newPassword, user.staffNo, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  db.transaction(() => {
    updateUserFields(db, user.id, { passwordHash, mustChangePassword: false }, at);
    appendAudit(db, { at, actorId: user.id, actorStaffNo: user.staffNo, action: 'auth.password.changed' });
  }).immediate();
  return toSessionUser(findUserById(db, user.id)!);
}
