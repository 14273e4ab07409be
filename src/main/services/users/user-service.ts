import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/contract/roles';
import type { SessionUser, User } from '../../../shared/contract/user-types';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { recordChange } from '../record-change';
import { passwordProblem } from '../../../shared/contract/password-policy';
import { clearAllFailures } from '../auth/login-throttle';
import { hashPassword } from './password';
import { countUsers, findUserById, findUserByStaffNo, insertUser, toUser, updateUserFields } from './user-repository';

export interface NewUser {
  staffNo: string;
  name: string;
  role: Role;
  password: string;
  /** The account screen sets it: a password the administrator chose is changed at first login. */
  mustChangePassword?: boolean;
}

/** The 工号 rule for a password set where the schema does not see the 工号 (reset, change). */
export function assertPasswordFitsAccount(password: string, staffNo: string, field: string): void {
  const problem = passwordProblem(password, staffNo);
  if (problem) throw new AppError('VALIDATION', problem, field);
}

/** The centre learns who works at the desk, never their password. */
function publicPayload(user: User) {
  const { id, staffNo, name, role, active } = user;
  return { id, staffNo, name, role, active };
}

export async function createUser(db: Db, actor: SessionUser | null, input: NewUser, now: Date): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const at = now.toISOString();
  return db
    .transaction(() => {
      if (findUserByStaffNo(db, input.staffNo)) {
        throw new AppError('CONFLICT', `工号 ${input.staffNo} 已存在`, 'staffNo');
      }
      const user = toUser(insertUser(db, { ...input, passwordHash, at }));
      recordChange(db, {
        actor,
        at,
        op: 'user.created',
        entity: 'user',
        entityId: String(user.id),
        payload: publicPayload(user),
        auditDetail: { staffNo: user.staffNo, role: user.role },
      });
      return user;
    })
    .immediate();
}

export function updateUser(
  db: Db,
  actor: SessionUser,
  input: { id: number; name?: string; role?: Role; active?: boolean },
  now: Date,
): User {
  const at = now.toISOString();
  return db
    .transaction(() => {
      const before = findUserById(db, input.id);
      if (!before) throw new AppError('NOT_FOUND', '账号不存在', 'id');
      if (before.id === actor.id && (input.active === false || (input.role && input.role !== 'admin'))) {
        throw new AppError('VALIDATION', '不能停用自己的账号或取消自己的管理员角色', 'role');
      }
      const { id, ...fields } = input;
      updateUserFields(db, id, fields, at);
      const user = toUser(findUserById(db, id)!);
      recordChange(db, {
        actor,
        at,
        op: 'user.updated',
        entity: 'user',
        entityId: String(id),
        payload: publicPayload(user),
        auditDetail: { changed: fields },
      });
      return user;
    })
    .immediate();
}

/**
 * An administrator sets a new password for someone who forgot theirs: the account's sessions
 * end (sessions.ts compares the hash), its locks and waits are lifted, and its owner must choose
 * their own password at the next login.
 */
export async function resetPassword(db: Db, actor: SessionUser, id: number, password: string, now: Date): Promise<void> {
  const target = findUserById(db, id);
  if (!target) throw new AppError('NOT_FOUND', '账号不存在', 'id');
  assertPasswordFitsAccount(password, target.staff_no, 'password');
  const passwordHash = await hashPassword(password);
  const at = now.toISOString();
  db.transaction(() => {
    if (!findUserById(db, id)) throw new AppError('NOT_FOUND', '账号不存在', 'id');
    updateUserFields(db, id, { passwordHash, mustChangePassword: true }, at);
    recordChange(db, {
      actor,
      at,
      op: 'user.password.reset',
      entity: 'user',
      entityId: String(id),
      payload: { id },
    });
  }).immediate();
}

/** An administrator lifts an account-wide lock (and every source's wait) before its time. */
export function unlockUser(db: Db, actor: SessionUser, id: number, now: Date): User {
  const at = now.toISOString();
  return db
    .transaction(() => {
      if (!findUserById(db, id)) throw new AppError('NOT_FOUND', '账号不存在', 'id');
      clearAllFailures(db, id);
      appendAudit(db, {
        at,
        actorId: actor.id,
        actorStaffNo: actor.staffNo,
        action: 'user.unlocked',
        entity: 'user',
        entityId: String(id),
      });
      return toUser(findUserById(db, id)!);
    })
    .immediate();
}

export function hasAnyUser(db: Db): boolean {
  return countUsers(db) > 0;
}
