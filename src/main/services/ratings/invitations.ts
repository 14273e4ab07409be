import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Hall } from '../../../shared/contract/app-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { CaseState } from '../../../shared/intake/case-types';
import type { RatingLevel, RatingStage } from '../../../shared/ratings/rating-levels';
import type { CaseRatings, Invitation, Invited, RatingPrompt } from '../../../shared/ratings/rating-schemas';
import { invitableStages, stageProblem } from '../../../shared/ratings/rating-rules';
import type { Db } from '../../db/open-database';
import { recordChange } from '../record-change';
import { followUpIdOfRating } from './follow-up-repository';
import {
  closeInvitation,
  findInvitation,
  findRating,
  insertInvitation,
  invitationsOfCase,
  pendingInvitations,
  ratingsOfCase,
  type InvitationRow,
} from './rating-repository';
import { liveSince, ratingEntityId, toInvitation, toRating } from './rating-views';

export function caseStateOf(db: Db, caseNo: string, purpose: string): CaseState {
  const row = db.prepare('SELECT state FROM cases WHERE case_no = ?').get(caseNo) as { state: CaseState } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `未找到受理编号为 ${caseNo} 的案件，不能${purpose}`, 'caseNo');
  return row.state;
}

function cancel(db: Db, row: InvitationRow, actor: SessionUser | null, at: string, reason: string): void {
  closeInvitation(db, row.id, 'cancelled', at);
  const invitation = { ...row, status: 'cancelled' as const, closed_at: at };
  recordChange(db, {
    actor,
    at,
    op: 'rating.invitation-cancelled',
    entity: 'rating',
    entityId: ratingEntityId(row.case_no, row.stage),
    payload: { caseNo: row.case_no, stage: row.stage, invitedAt: row.invited_at, status: invitation.status, cancelledAt: at, reason },
    auditDetail: { invitationId: row.id, reason },
  });
}

/**
 * Asks the applicant at this window to rate a stage of a case: the rating screen shows it at its
 * next poll. One invitation waits at a time; an older one still waiting is withdrawn.
 */
export function inviteRating(db: Db, clerk: SessionUser, caseNo: string, stage: RatingStage, now: Date): Invited {
  const at = now.toISOString();
  return db
    .transaction(() => {
      const state = caseStateOf(db, caseNo, '邀请评价');
      const rated = findRating(db, caseNo, stage);
      const problem = stageProblem(stage, state, (rated?.level as RatingLevel | undefined) ?? null);
      if (problem) throw new AppError(rated ? 'CONFLICT' : 'VALIDATION', problem, 'stage');
      for (const waiting of pendingInvitations(db)) cancel(db, waiting, clerk, at, '已发起新的评价邀请');
      const row = {
        case_no: caseNo,
        stage,
        token: randomUUID(),
        clerk_id: clerk.id,
        clerk_staff_no: clerk.staffNo,
        clerk_name: clerk.name,
        invited_at: at,
      };
      const id = insertInvitation(db, row);
      recordChange(db, {
        actor: clerk,
        at,
        op: 'rating.invited',
        entity: 'rating',
        entityId: ratingEntityId(caseNo, stage),
        payload: { caseNo, stage, invitedAt: at, status: 'pending', clerk: { staffNo: clerk.staffNo, name: clerk.name } },
        auditDetail: { invitationId: id },
      });
      return { ...toInvitation({ ...row, id, status: 'pending', closed_at: null }, now), viewToken: row.token };
    })
    .immediate();
}

export function cancelInvitation(db: Db, clerk: SessionUser, invitationId: number, now: Date): Invitation {
  return db
    .transaction(() => {
      const row = findInvitation(db, invitationId);
      if (!row) throw new AppError('NOT_FOUND', '未找到该评价邀请', 'invitationId');
      if (row.status !== 'pending')
        throw new AppError('CONFLICT', row.status === 'rated' ? '申请人已完成评价，不能撤销' : '该评价邀请已撤销');
      cancel(db, row, clerk, now.toISOString(), '窗口人员撤销');
      return toInvitation(findInvitation(db, invitationId)!, now);
    })
    .immediate();
}

/** Whether `token` is the invitation's own, compared in constant time. */
export function holdsToken(row: InvitationRow, token: string): boolean {
  const expected = Buffer.from(row.token);
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * What the rating view opened with an invitation's token shows: the items and who served them,
 * or null once the invitation is answered, withdrawn, expired, or the token is not its own.
 */
export function ratingPrompt(db: Db, hall: Hall, invitationId: number, token: string, now: Date): RatingPrompt | null {
  const row = findInvitation(db, invitationId);
  if (!row || !holdsToken(row, token) || row.status !== 'pending' || row.invited_at < liveSince(now)) return null;
  const items = db.prepare('SELECT item_name FROM case_items WHERE case_no = ? ORDER BY position').all(row.case_no) as {
    item_name: string;
  }[];
  return {
    invitationId: row.id,
    token: row.token,
    stage: row.stage as RatingStage,
    items: items.map((i) => i.item_name),
    clerk: { staffNo: row.clerk_staff_no, name: row.clerk_name },
    hallName: hall.name,
    deskNo: hall.deskNo,
  };
}

export function caseRatings(db: Db, caseNo: string, now: Date): CaseRatings {
  const state = caseStateOf(db, caseNo, '查看评价');
  const ratings = ratingsOfCase(db, caseNo);
  const rated = new Map(ratings.map((r) => [r.stage as RatingStage, r.level as RatingLevel]));
  return {
    ratings: ratings.map((r) => toRating(r, followUpIdOfRating(db, r.id))),
    invitations: invitationsOfCase(db, caseNo).map((row) => toInvitation(row, now)),
    invitableStages: invitableStages(state, rated),
  };
}
