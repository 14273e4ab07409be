import { z } from 'zod';
import {
  assignFollowUpInputSchema,
  callbackInputSchema,
  closeFollowUpInputSchema,
  followUpListInputSchema,
  followUpSchema,
  ratingSettingsSchema,
} from '../ratings/follow-up-schemas';
import {
  caseNoInput,
  caseRatingsSchema,
  invitationSchema,
  invitedSchema,
  inviteInputSchema,
  ratingListInputSchema,
  ratingPromptSchema,
  ratingSchema,
  ratingViewInputSchema,
  submitRatingInputSchema,
} from '../ratings/rating-schemas';
import { endpoint } from './endpoint';
import { roles } from './roles';
import { emptyInput, okOutput } from './fields';

const staff = ['clerk', 'agent', 'supervisor', 'admin'] as const;
const overseers = ['supervisor', 'admin'] as const;

/*
 * 好差评. The rating screen faces the applicant, who has no account: its two calls answer only a
 * caller with no session (never a clerk's, so nobody rates their own case from the desk) that
 * holds the one-time token of a live invitation. The token goes to the inviting clerk's desk only,
 * which opens the rating view with it; a rating uses it up. Everything else needs a session and a
 * role; closing a follow-up is further limited, in the back end, to its responsible person.
 */
export const ratingEndpoints = {
  'ratings.invite': endpoint({ title: '邀请评价', access: staff, input: inviteInputSchema, output: invitedSchema }),
  'ratings.cancelInvitation': endpoint({
    title: '撤销评价邀请',
    access: staff,
    input: z.object({ invitationId: z.int().positive() }),
    output: invitationSchema,
  }),
  'ratings.forCase': endpoint({
    title: '查看案件评价',
    access: staff,
    input: z.object({ caseNo: caseNoInput }),
    output: caseRatingsSchema,
  }),
  /** The rating view's poll: its invitation while it still waits for an answer, or null. */
  'ratings.pending': endpoint({
    title: '查看待评价业务',
    access: 'applicant',
    input: ratingViewInputSchema,
    output: ratingPromptSchema.nullable(),
  }),
  'ratings.submit': endpoint({ title: '提交评价', access: 'applicant', input: submitRatingInputSchema, output: okOutput }),
  'ratings.list': endpoint({
    title: '查看评价记录',
    access: overseers,
    input: ratingListInputSchema,
    output: z.object({ total: z.number(), rows: z.array(ratingSchema) }),
  }),
  'ratings.followUps': endpoint({ title: '查看差评整改', access: staff, input: followUpListInputSchema, output: z.array(followUpSchema) }),
  /** For the supervisor board (督办): follow-ups past their due date and not closed. */
  'ratings.overdueFollowUps': endpoint({
    title: '查看超期差评整改',
    access: overseers,
    input: emptyInput,
    output: z.array(followUpSchema),
  }),
  /** Whom the follow-up may go to: never the rated person. */
  'ratings.assignees': endpoint({
    title: '查看可指定的整改责任人',
    access: overseers,
    input: z.object({ followUpId: z.int().positive() }),
    output: z.array(z.object({ staffNo: z.string(), name: z.string(), role: z.enum(roles) })),
  }),
  'ratings.assignFollowUp': endpoint({
    title: '指定整改责任人',
    access: overseers,
    input: assignFollowUpInputSchema,
    output: followUpSchema,
  }),
  'ratings.recordCallback': endpoint({ title: '登记回访', access: staff, input: callbackInputSchema, output: followUpSchema }),
  'ratings.closeFollowUp': endpoint({ title: '办结差评整改', access: staff, input: closeFollowUpInputSchema, output: followUpSchema }),
  'ratings.settings.get': endpoint({ title: '查看好差评设置', access: overseers, input: emptyInput, output: ratingSettingsSchema }),
  'ratings.settings.update': endpoint({
    title: '修改好差评设置',
    access: ['admin'],
    input: ratingSettingsSchema,
    output: ratingSettingsSchema,
  }),
};
