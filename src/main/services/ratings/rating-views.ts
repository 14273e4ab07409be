import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { FollowUp } from '../../../shared/ratings/follow-up-schemas';
import { invitationValidMinutes } from '../../../shared/ratings/rating-levels';
import { subScoresSchema, type Invitation, type Rating } from '../../../shared/ratings/rating-schemas';
import { parseJsonColumn } from '../../db/parse-row';
import type { CallbackRow, FollowUpViewRow } from './follow-up-repository';
import type { InvitationRow, RatingRow } from './rating-repository';

/** The oldest invitation time still shown to the applicant at `now`. */
export function liveSince(now: Date): string {
  return new Date(now.getTime() - invitationValidMinutes * 60_000).toISOString();
}

export function toInvitation(row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    caseNo: row.case_no,
    stage: row.stage,
    status: row.status,
    invitedAt: row.invited_at,
    clerk: { staffNo: row.clerk_staff_no, name: row.clerk_name },
    live: row.status === 'pending' && row.invited_at >= liveSince(now),
  };
}

export function toRating(row: RatingRow, followUpId: number | null): Rating {
  return {
    id: row.id,
    caseNo: row.case_no,
    stage: row.stage,
    level: row.level,
    bad: row.is_bad === 1,
    scores: parseJsonColumn(subScoresSchema, row.scores, '评价分项'),
    comment: row.comment,
    clerk: { staffNo: row.clerk_staff_no, name: row.clerk_name },
    ratedAt: row.rated_at,
    ratedOn: row.rated_on,
    followUpId,
  };
}

/** Working days past due as of today, at least 1 once the due date has gone by. */
function overdueDays(row: FollowUpViewRow, calendar: WorkingDayCalendar, today: string): number {
  if (row.status === 'closed' || row.due_date === null || row.due_date >= today) return 0;
  try {
    return Math.max(1, calendar.workingDaysBetween(row.due_date, today));
  } catch {
    return 1;
  }
}

export function toFollowUp(row: FollowUpViewRow, callbacks: readonly CallbackRow[], calendar: WorkingDayCalendar, today: string): FollowUp {
  return {
    id: row.id,
    caseNo: row.case_no,
    stage: row.stage,
    level: row.level,
    comment: row.comment,
    ratedAt: row.rated_at,
    clerk: { staffNo: row.clerk_staff_no, name: row.clerk_name },
    applicantName: row.applicant_name,
    applicantPhone: row.applicant_phone,
    status: row.status,
    responsible: { staffNo: row.responsible_staff_no, name: row.responsible_name },
    openedOn: row.opened_on,
    workingDays: row.working_days,
    dueDate: row.due_date,
    overdueDays: overdueDays(row, calendar, today),
    callbacks: callbacks
      .filter((c) => c.follow_up_id === row.id)
      .map((c) => ({ at: c.at, by: { staffNo: c.by_staff_no, name: c.by_name }, reached: c.reached === 1, note: c.note })),
    outcome: row.outcome,
    outcomeNote: row.outcome_note,
    closedAt: row.closed_at,
    closedBy: row.closed_by_staff_no ? { staffNo: row.closed_by_staff_no, name: row.closed_by_name ?? '' } : null,
  };
}

/** The outbox identity of a rating and of its follow-up: one per case and stage, hall-wide unique. */
export function ratingEntityId(caseNo: string, stage: string): string {
  return `${caseNo}/${stage}`;
}

/** What the centre receives for a follow-up: the record as it stands (the applicant is in the case). */
export function followUpPayload(followUp: FollowUp) {
  const { applicantName: _name, applicantPhone: _phone, overdueDays: _overdue, ...record } = followUp;
  return record;
}
