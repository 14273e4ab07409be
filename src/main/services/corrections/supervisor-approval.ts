import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { checkPassword } from '../auth/auth-service';
import { findUserByStaffNo } from '../users/user-repository';

export interface Approver {
  id: number;
  staffNo: string;
  name: string;
}

/**
 * A supervisor (督查/科长) approves on the clerk's screen with their own 工号 and password. The
 * password is checked and counted exactly as a login from the same source is (auth-service's
 * checkPassword), so the approval box is no way round the login's limit on guesses. The approver
 * must be someone other than the clerk asking (four eyes), active, and a supervisor.
 */
export async function verifySupervisorApproval(
  db: Db,
  requester: SessionUser,
  credentials: { staffNo: string; password: string },
  source: string,
  now: Date,
  what: string,
): Promise<Approver> {
  const user = findUserByStaffNo(db, credentials.staffNo);
  const refuse = (message: string) => new AppError('FORBIDDEN', message, 'approver.staffNo');
  if (!user || user.active !== 1 || user.role !== 'supervisor')
    throw refuse(`${what}须由督查/科长审批：工号 ${credentials.staffNo} 不是在用的督查/科长账号`);
  if (user.id === requester.id) throw refuse(`${what}须由另一位督查/科长审批，不能自己审批自己的申请`);
  const checked = await checkPassword(db, user, credentials.password, source, now);
  if (!checked.ok) {
    appendAudit(db, {
      at: now.toISOString(),
      actorId: requester.id,
      actorStaffNo: requester.staffNo,
      action: 'approval.failed',
      entity: 'user',
      entityId: user.staff_no,
      detail: { what, reason: checked.reason },
    });
    const message = checked.reason === 'wrong-password' ? '审批人工号或密码错误' : '审批人密码错误次数过多，请稍后再试';
    throw new AppError('UNAUTHENTICATED', message, 'approver.password');
  }
  return { id: user.id, staffNo: user.staff_no, name: user.name };
}
