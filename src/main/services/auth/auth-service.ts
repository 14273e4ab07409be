import { AppError } from '../../../shared/errors';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { formatLocalDateTime } from '../format-time';
import { lockoutMinutes, maxFailedLogins } from '../settings/hall-settings';
import { hashPassword, verifyPassword } from '../users/password';
import {
  clearFailedLogins,
  findUserById,
  findUserByStaffNo,
  recordFailedLogin,
  updateUserFields,
  type UserRecord,
} from '../users/user-repository';

export function toSessionUser(record: UserRecord): SessionUser {
  return { id: record.id, staffNo: record.staff_no, name: record.name, role: record.role };
}

/** A hash to verify against when the staff number is unknown, so both paths take as long. */
let decoyHash: Promise<string> | undefined;

export async function login(db: Db, staffNo: string, password: string, now: Date): Promise<SessionUser> {
  const at = now.toISOString();
  const user = findUserByStaffNo(db, staffNo);
  if (!user) {
    decoyHash ??= hashPassword('decoy-password-0');
    await verifyPassword(password, await decoyHash);
    appendAudit(db, { at, actorId: null, actorStaffNo: staffNo, action: 'auth.login.failed', detail: { reason: 'unknown-staff-no' } });
    throw new AppError('UNAUTHENTICATED', '工号或密码错误', 'password');
  }
  if (user.locked_until && user.locked_until > at) {
    throw new AppError('LOCKED', `账号已锁定，请于 ${formatLocalDateTime(new Date(user.locked_until))} 后再试`, 'password');
  }
  if (user.active !== 1) {
    appendAudit(db, { at, actorId: user.id, actorStaffNo: user.staff_no, action: 'auth.login.failed', detail: { reason: 'inactive' } });
    throw new AppError('FORBIDDEN', '该账号已停用，请联系管理员', 'staffNo');
  }
  if (!(await verifyPassword(password, user.password_hash))) {
    throw failLogin(db, user, now);
  }
  db.transaction(() => {
    clearFailedLogins(db, user.id);
    appendAudit(db, { at, actorId: user.id, actorStaffNo: user.staff_no, action: 'auth.login' });
  })();
  return toSessionUser(user);
}

function failLogin(db: Db, user: UserRecord, now: Date): AppError {
  const at = now.toISOString();
  // A lock that has run out starts a fresh count of tries.
  const previous = user.locked_until ? 0 : user.failed_attempts;
  const attempts = previous + 1;
  const lockedUntil = attempts >= maxFailedLogins ? new Date(now.getTime() + lockoutMinutes(db) * 60_000) : null;
  db.transaction(() => {
    recordFailedLogin(db, user.id, lockedUntil ? 0 : attempts, lockedUntil?.toISOString() ?? null);
    appendAudit(db, {
      at,
      actorId: user.id,
      actorStaffNo: user.staff_no,
      action: lockedUntil ? 'auth.locked' : 'auth.login.failed',
      detail: { reason: 'wrong-password', attempts },
    });
  })();
  if (lockedUntil) {
    return new AppError(
      'LOCKED',
      `密码连续错误${maxFailedLogins}次，账号已锁定，请于 ${formatLocalDateTime(lockedUntil)} 后再试`,
      'password',
    );
  }
  return new AppError('UNAUTHENTICATED', `工号或密码错误，再错 ${maxFailedLogins - attempts} 次账号将被锁定`, 'password');
}

export function logout(db: Db, user: SessionUser, now: Date): void {
  appendAudit(db, { at: now.toISOString(), actorId: user.id, actorStaffNo: user.staffNo, action: 'auth.logout' });
}

export async function changeOwnPassword(
  db: Db,
  user: SessionUser,
  oldPassword: string,
  newPassword: string,
  now: Date,
): Promise<void> {
  const record = findUserById(db, user.id);
  if (!record || !(await verifyPassword(oldPassword, record.password_hash))) {
    throw new AppError('VALIDATION', '原密码不正确', 'oldPassword');
  }
  const passwordHash = await hashPassword(newPassword);
  db.transaction(() => {
    updateUserFields(db, user.id, { passwordHash }, now.toISOString());
    appendAudit(db, { at: now.toISOString(), actorId: user.id, actorStaffNo: user.staffNo, action: 'auth.password.changed' });
  })();
}
