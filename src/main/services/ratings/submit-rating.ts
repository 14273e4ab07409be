import { hallDate } from '../../../shared/calendar/hall-date';
import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import { AppError } from '../../../shared/errors';
import { isBadRating, ratingLevelLabels, type RatingLevel, type RatingStage } from '../../../shared/ratings/rating-levels';
import type { submitRatingInputSchema } from '../../../shared/ratings/rating-schemas';
import { stageProblem } from '../../../shared/ratings/rating-rules';
import type { z } from 'zod';
import type { Db } from '../../db/open-database';
import { recordChange } from '../record-change';
import { openFollowUp } from './follow-ups';
import { caseStateOf, holdsToken } from './invitations';
import { closeInvitation, findInvitation, findRating, insertRating, ratingById } from './rating-repository';
import { liveSince, ratingEntityId, toRating } from './rating-views';

export type SubmitRating = z.output<typeof submitRatingInputSchema>;

function refusalOf(status: 'pending' | 'rated' | 'cancelled', invitedAt: string, now: Date): string | null {
  if (status === 'rated') return '该业务已评价，感谢您的参与';
  if (status === 'cancelled') return '该评价邀请已撤销，请等候窗口工作人员重新发起评价';
  if (invitedAt < liveSince(now)) return '评价邀请已过期，请窗口工作人员重新发起评价';
  return null;
}

/**
 * The applicant's answer to an invitation: kept as given, once per case and stage, with its
 * outbox and audit rows; a 差评 opens its follow-up in the same transaction.
 */
export function submitRating(db: Db, calendar: WorkingDayCalendar, input: SubmitRating, now: Date): void {
  const at = now.toISOString();
  db.transaction(() => {
    const invitation = findInvitation(db, input.invitationId);
    if (!invitation || !holdsToken(invitation, input.token)) {
      throw new AppError('NOT_FOUND', '没有待评价的业务，请等候窗口工作人员发起评价', 'invitationId');
    }
    const refusal = refusalOf(invitation.status, invitation.invited_at, now);
    if (refusal) throw new AppError('CONFLICT', refusal, 'invitationId');
    const stage = invitation.stage as RatingStage;
    const state = caseStateOf(db, invitation.case_no, '评价');
    const earlier = findRating(db, invitation.case_no, stage);
    const problem = stageProblem(stage, state, (earlier?.level as RatingLevel | undefined) ?? null);
    if (problem) throw new AppError('CONFLICT', problem);

    const ratingId = insertRating(db, {
      case_no: invitation.case_no,
      stage,
      invitation_id: invitation.id,
      level: input.level,
      is_bad: Number(isBadRating(input.level)),
      scores: JSON.stringify(input.scores),
      comment: input.comment,
      clerk_id: invitation.clerk_id,
      clerk_staff_no: invitation.clerk_staff_no,
      clerk_name: invitation.clerk_name,
      rated_at: at,
      rated_on: hallDate(now),
    });
    closeInvitation(db, invitation.id, 'rated', at);
    const row = ratingById(db, ratingId)!;
    recordChange(db, {
      // The applicant has no account: the rating is attributed to no desk user.
      actor: null,
      at,
      op: 'rating.submitted',
      entity: 'rating',
      entityId: ratingEntityId(row.case_no, stage),
      payload: { ...toRating(row, null), status: 'rated', invitedAt: invitation.invited_at },
      auditDetail: { level: input.level, levelLabel: ratingLevelLabels[input.level] },
    });
    if (row.is_bad === 1) openFollowUp(db, calendar, row, now);
  }).immediate();
}
