import { hallDate } from '../../../shared/calendar/hall-date';
import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { Role } from '../../../shared/contract/roles';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { FollowUp, FollowUpOutcome } from '../../../shared/ratings/follow-up-schemas';
import type { SyncOp } from '../../../shared/sync/protocol';
import type { Db } from '../../db/open-database';
import { recordChange, type Actor } from '../record-change';
import { findUserById, findUserByStaffNo } from '../users/user-repository';
import { assignableUsers, initialResponsible, requireNotRated } from './follow-up-assignment';
import {
  callbacksOf,
  followUpView,
  insertCallback,
  insertFollowUp,
  listFollowUpViews,
  overdueFollowUpViews,
  updateFollowUp,
  type FollowUpViewRow,
} from './follow-up-repository';
import type { RatingRow } from './rating-repository';
import { readRatingSettings } from './rating-settings';
import { followUpPayload, ratingEntityId, toFollowUp } from './rating-views';

function views(db: Db, rows: FollowUpViewRow[], calendar: WorkingDayCalendar, now: Date): FollowUp[] {
  const callbacks = callbacksOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toFollowUp(row, callbacks, calendar, hallDate(now)));
}

function readFollowUp(db: Db, id: number, calendar: WorkingDayCalendar, now: Date): FollowUp {
  const row = followUpView(db, id);
  if (!row) throw new AppError('NOT_FOUND', '未找到该差评整改记录', 'followUpId');
  return views(db, [row], calendar, now)[0]!;
}

function record(
  db: Db,
  actor: Actor | null,
  op: SyncOp<'follow-up'>,
  followUp: FollowUp,
  at: string,
  detail: Record<string, unknown> = {},
): void {
  recordChange(db, {
    actor,
    at,
    op,
    entity: 'follow-up',
    entityId: ratingEntityId(followUp.caseNo, followUp.stage),
    payload: followUpPayload(followUp),
    auditDetail: { followUpId: followUp.id, ...detail },
  });
}

/**
 * A 差评's follow-up, opened in the rating's transaction: never with the clerk whose service was
 * rated (see follow-up-assignment.ts), due the hall's number of working days after the rating
 * day (counted provisionally in a year the calendar does not cover yet).
 */
export function openFollowUp(db: Db, calendar: WorkingDayCalendar, rating: RatingRow, now: Date): void {
  const settings = readRatingSettings(db);
  const responsible = initialResponsible(db, settings.defaultResponsibleStaffNo, findUserById(db, rating.clerk_id)!);
  const due = calendar.addWorkingDays(rating.rated_on, settings.followUpWorkingDays);
  const id = insertFollowUp(db, {
    rating_id: rating.id,
    case_no: rating.case_no,
    responsible_id: responsible.id,
    responsible_staff_no: responsible.staff_no,
    responsible_name: responsible.name,
    opened_at: rating.rated_at,
    opened_on: rating.rated_on,
    working_days: settings.followUpWorkingDays,
    due_date: due,
  });
  record(db, null, 'follow-up.opened', readFollowUp(db, id, calendar, now), rating.rated_at);
}

export function listFollowUps(
  db: Db,
  calendar: WorkingDayCalendar,
  user: SessionUser,
  filter: { status: 'open' | 'closed' | 'all'; mine: boolean },
  now: Date,
): FollowUp[] {
  const onlyMine = filter.mine || user.role === 'clerk' || user.role === 'agent';
  return views(db, listFollowUpViews(db, { status: filter.status, responsibleId: onlyMine ? user.id : undefined }), calendar, now);
}

export function overdueFollowUps(db: Db, calendar: WorkingDayCalendar, now: Date): FollowUp[] {
  return views(db, overdueFollowUpViews(db, hallDate(now)), calendar, now);
}

interface Change {
  db: Db;
  calendar: WorkingDayCalendar;
  user: SessionUser;
  followUpId: number;
  now: Date;
}

/** Runs a change on an open follow-up in one transaction; only its responsible person may, unless `anyone`. */
function change(
  ctx: Change,
  action: SyncOp<'follow-up'>,
  anyone: boolean,
  apply: (row: FollowUpViewRow, at: string) => Record<string, unknown>,
): FollowUp {
  const { db, calendar, user, followUpId, now } = ctx;
  const at = now.toISOString();
  return db
    .transaction(() => {
      const row = followUpView(db, followUpId);
      if (!row) throw new AppError('NOT_FOUND', '未找到该差评整改记录', 'followUpId');
      if (row.status === 'closed') throw new AppError('CONFLICT', '该差评整改已办结，不能再修改');
      if (!anyone && row.responsible_id !== user.id) {
        throw new AppError('FORBIDDEN', `只有整改责任人（${row.responsible_name}，工号 ${row.responsible_staff_no}）可以办理此项`);
      }
      const detail = apply(row, at);
      const followUp = readFollowUp(db, followUpId, calendar, now);
      record(db, user, action, followUp, at, detail);
      return followUp;
    })
    .immediate();
}

export function assignFollowUp(ctx: Change, staffNo: string): FollowUp {
  return change(ctx, 'follow-up.assigned', true, (row) => {
    const target = findUserByStaffNo(ctx.db, staffNo);
    if (!target || target.active !== 1) throw new AppError('VALIDATION', `工号 ${staffNo} 不是在用账号`, 'staffNo');
    requireNotRated(target, { staffNo: row.clerk_staff_no, name: row.clerk_name });
    updateFollowUp(ctx.db, row.id, { responsible_id: target.id, responsible_staff_no: target.staff_no, responsible_name: target.name });
    return { from: row.responsible_staff_no, to: target.staff_no };
  });
}

/** Whom a supervisor may pick for a follow-up: everyone but agents and the rated person. */
export function followUpAssignees(db: Db, followUpId: number): { staffNo: string; name: string; role: Role }[] {
  const row = followUpView(db, followUpId);
  if (!row) throw new AppError('NOT_FOUND', '未找到该差评整改记录', 'followUpId');
  return assignableUsers(db, row.clerk_staff_no).map((u) => ({ staffNo: u.staff_no, name: u.name, role: u.role }));
}

export function recordCallback(ctx: Change, reached: boolean, note: string): FollowUp {
  return change(ctx, 'follow-up.called-back', false, (row, at) => {
    insertCallback(ctx.db, {
      follow_up_id: row.id,
      at,
      by_staff_no: ctx.user.staffNo,
      by_name: ctx.user.name,
      reached: Number(reached),
      note,
    });
    if (reached) updateFollowUp(ctx.db, row.id, { status: 'called-back' });
    return { reached };
  });
}

/** Closed by its responsible person, after at least one call-back, with the fix or the explanation. */
export function closeFollowUp(ctx: Change, outcome: FollowUpOutcome, note: string): FollowUp {
  return change(ctx, 'follow-up.closed', false, (row, at) => {
    if (callbacksOf(ctx.db, [row.id]).length === 0) {
      throw new AppError('VALIDATION', '请先登记对申请人的回访，再办结差评整改', 'outcome');
    }
    updateFollowUp(ctx.db, row.id, {
      status: 'closed',
      outcome,
      outcome_note: note,
      closed_at: at,
      closed_by_staff_no: ctx.user.staffNo,
      closed_by_name: ctx.user.name,
    });
    return { outcome };
  });
}
