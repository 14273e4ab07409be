import { AppError } from '../../shared/errors';
import { cancelInvitation, caseRatings, inviteRating, ratingPrompt } from '../services/ratings/invitations';
import {
  assignFollowUp,
  closeFollowUp,
  followUpAssignees,
  listFollowUps,
  overdueFollowUps,
  recordCallback,
} from '../services/ratings/follow-ups';
import { followUpIdOfRating } from '../services/ratings/follow-up-repository';
import { listRatings } from '../services/ratings/rating-repository';
import { readRatingSettings, updateRatingSettings } from '../services/ratings/rating-settings';
import { toRating } from '../services/ratings/rating-views';
import { submitRating } from '../services/ratings/submit-rating';
import { readHall } from '../services/settings/hall-settings';
import { requireUser, type CallContext } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

type RatingChannel =
  | 'ratings.invite'
  | 'ratings.cancelInvitation'
  | 'ratings.forCase'
  | 'ratings.pending'
  | 'ratings.submit'
  | 'ratings.list'
  | 'ratings.followUps'
  | 'ratings.overdueFollowUps'
  | 'ratings.assignees'
  | 'ratings.assignFollowUp'
  | 'ratings.recordCallback'
  | 'ratings.closeFollowUp'
  | 'ratings.settings.get'
  | 'ratings.settings.update';

export function ratingHandlers({ db, calendar }: BackendDeps): HandlerMap<RatingChannel> {
  const hall = () => {
    const value = readHall(db);
    if (!value) throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
    return value;
  };
  const followUpChange = (followUpId: number, ctx: CallContext) => ({
    db,
    calendar: calendar.get(),
    user: requireUser(ctx),
    followUpId,
    now: ctx.now,
  });

  return {
    'ratings.invite': (input, ctx) => inviteRating(db, requireUser(ctx), input.caseNo, input.stage, ctx.now),
    'ratings.cancelInvitation': (input, ctx) => cancelInvitation(db, requireUser(ctx), input.invitationId, ctx.now),
    'ratings.forCase': (input, ctx) => caseRatings(db, input.caseNo, ctx.now),
    'ratings.pending': (input, ctx) => ratingPrompt(db, hall(), input.invitationId, input.token, ctx.now),
    'ratings.submit': (input, ctx) => {
      submitRating(db, calendar.get(), input, ctx.now);
      return { ok: true };
    },
    'ratings.list': (input) => {
      const { total, rows } = listRatings(db, input, input.pageSize, (input.page - 1) * input.pageSize);
      return { total, rows: rows.map((row) => toRating(row, followUpIdOfRating(db, row.id))) };
    },
    'ratings.followUps': (input, ctx) => listFollowUps(db, calendar.get(), requireUser(ctx), input, ctx.now),
    'ratings.overdueFollowUps': (_input, ctx) => overdueFollowUps(db, calendar.get(), ctx.now),
    'ratings.assignees': (input) => followUpAssignees(db, input.followUpId),
    'ratings.assignFollowUp': (input, ctx) => assignFollowUp(followUpChange(input.followUpId, ctx), input.staffNo),
    'ratings.recordCallback': (input, ctx) => recordCallback(followUpChange(input.followUpId, ctx), input.reached, input.note),
    'ratings.closeFollowUp': (input, ctx) => closeFollowUp(followUpChange(input.followUpId, ctx), input.outcome, input.note),
    'ratings.settings.get': () => readRatingSettings(db),
    'ratings.settings.update': (input, ctx) => updateRatingSettings(db, requireUser(ctx), input, ctx.now),
  };
}
