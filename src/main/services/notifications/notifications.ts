import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { caseStateLabels } from '../../../shared/intake/case-types';
import { isActive } from '../../../shared/lifecycle/case-transitions';
import type { Notification, UrgeInput } from '../../../shared/notifications/notification-schemas';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { loadCase } from '../lifecycle/lifecycle-repository';
import { insertNotification, listUnreadNotifications, markNotificationRowRead } from './notification-repository';

/**
 * 催办: a supervisor presses the case's clerk from the 督办 board. The clerk sees it in the header
 * until they mark it read; the notice and its audit row commit together. Only a case still on
 * the clock (or waiting for its result to go out) can be pressed.
 */
export function urgeCase(db: Db, user: SessionUser, input: UrgeInput, now: Date): { notified: { staffNo: string; name: string } } {
  const at = now.toISOString();
  return db
    .transaction(() => {
      const { kase } = loadCase(db, input.caseNo);
      const state = kase.state;
      if (!isActive(state) && state !== 'decided') throw new AppError('CONFLICT', `案件当前为“${caseStateLabels[state]}”，无需催办`);
      const message = `${user.name}催办案件 ${kase.case_no}（${kase.applicant_name}，${kase.item_names}）：${input.note || '请尽快办理'}`;
      insertNotification(db, kase.clerk_id, {
        kind: 'urge',
        case_no: kase.case_no,
        message,
        at,
        by_staff_no: user.staffNo,
        by_name: user.name,
      });
      appendAudit(db, {
        at,
        actorId: user.id,
        actorStaffNo: user.staffNo,
        action: 'case.urged',
        entity: 'case',
        entityId: kase.case_no,
        detail: { clerk: kase.clerk_staff_no, clerkName: kase.clerk_name, note: input.note },
      });
      return { notified: { staffNo: kase.clerk_staff_no, name: kase.clerk_name } };
    })
    .immediate();
}

export function unreadNotifications(db: Db, user: SessionUser): Notification[] {
  return listUnreadNotifications(db, user.id).map((r) => ({
    id: r.id,
    kind: r.kind,
    caseNo: r.case_no,
    message: r.message,
    at: r.at,
    by: { staffNo: r.by_staff_no, name: r.by_name },
  }));
}

/** Only one's own notices; another user's id is answered as unknown. */
export function markNotificationRead(db: Db, user: SessionUser, id: number, now: Date): void {
  if (!markNotificationRowRead(db, user.id, id, now.toISOString())) throw new AppError('NOT_FOUND', '未找到该提醒', 'id');
}
