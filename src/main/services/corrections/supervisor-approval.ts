import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { formatLocalDateTime } from '../format-time';
import { lockoutMinutes, maxFailedLogins } from '../settings/hall-settings';
import { verifyPassword } from '../users/password';
import { clearFailedLogins, findUserByStaffNo, recordFailedLogin } from '../users/user-repository';

export interface Approver {
  id: number;
  staffNo: string;
  name: string;
}

/**
 * A supervisor (督查/科长) approves on the clerk's screen with their own 工号 and password. A wrong
 * password counts towards the approver's lockout exactly as a failed login does, so the
 * approval box is no way round the login's limit on guesses. The approver must be someone other
 * than the clerk asking (four eyes), active, and a supervisor.
 */
export async function verifySupervisorApproval(
  db: Db,
  requester: SessionUser,
  credentials: { staffNo: string; password: string },
  now: Date,
  what: string,
): Promise<Approver> {
  const at = now.toISOString();
  const user = findUserByStaffNo(db, credentials.staffNo);
  const refuse = (message: string) => new AppError('FORBIDDEN', message, 'approver.staffNo');
  if (!user || user.active !== 1 || user.role !== 'supervisor') throw refuse(`${what}须由督查/科长审批：工号 ${credentials.staffNo} 不是在用的督查/科长账号`);
  if (user.id === requester.id) throw refuse(`${what}须由另一位督查/科长审批，不能自己审批自己的申请`);
  if (user.locked_until && user.locked_until > at) {
    throw new AppError('LOCKED', `审批人账号已锁定，请于 ${formatLocalDateTime(new Date(user.locked_until))} 后再试`, 'approver.password');
  }
  if (!(await verifyPassword(credentials.password, user.password_hash))) {
    const previous = user.locked_until ? 0 : user.failed_attempts;
    const attempts = previous + 1;
    const lockedUntil = attempts >= maxFailedLogins ? new Date(now.getTime() + lockoutMinutes(db) * 60_000).toISOString() : null;
    db.transaction(() => {
      recordFailedLogin(db, user.id, lockedUntil ? 0 : attempts, lockedUntil);
      appendAudit(db, {
        at,
        actorId: requester.id,
        actorStaffNo: requester.staffNo,
        action: 'approval.failed',
        entity: 'user',
        entityId: user.staff_no,
        detail: { what, attempts },
      });
    })();
    throw new AppError('UNAUTHENTICATED', '审批人工号或密码错误', 'approver.password');
  }
  clearFailedLogins(db, user.id);
  return { id: user.id, staffNo: user.staff_no, name: user.name };
}
