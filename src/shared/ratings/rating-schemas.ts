import { z } from 'zod';
import { isDateString } from '../calendar/date-string';
import { ratingLevels, ratingStages, subScoreKeys, type SubScoreKey } from './rating-levels';

export const caseNoInput = z.string().trim().min(1, '请输入受理编号').max(40, '受理编号过长');
export const stageSchema = z.enum(ratingStages, { error: '请选择评价环节（受理或出件）' });
export const levelSchema = z.enum(ratingLevels, { error: '请选择满意程度' });

const score = z.int('评分应为1至5的整数').min(1, '评分应为1至5的整数').max(5, '评分应为1至5的整数');
export const subScoresSchema = z
  .object(Object.fromEntries(subScoreKeys.map((key) => [key, score.optional()])) as Record<SubScoreKey, z.ZodOptional<typeof score>>)
  .strict();
export type SubScores = z.infer<typeof subScoresSchema>;

const person = z.object({ staffNo: z.string(), name: z.string() });

export const inviteInputSchema = z.object({ caseNo: caseNoInput, stage: stageSchema });

export const invitationSchema = z.object({
  id: z.number(),
  caseNo: z.string(),
  stage: stageSchema,
  status: z.enum(['pending', 'rated', 'cancelled']),
  invitedAt: z.string(),
  clerk: person,
  /** Still shown on the rating screen (pending and not yet expired). */
  live: z.boolean(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * What the inviting clerk's desk receives: the invitation and its one-time token, which the desk
 * hands to the applicant-facing view in its address (rating.html?invitation=…&token=…).
 */
export const invitedSchema = invitationSchema.extend({ viewToken: z.string() });
export type Invited = z.infer<typeof invitedSchema>;

/** The applicant-facing view proves itself with the invitation's token, never with a session. */
export const ratingViewInputSchema = z.object({ invitationId: z.int().positive(), token: z.string().min(1).max(100) });

/** All the applicant-facing screen learns: the items and who served them, nothing else. */
export const ratingPromptSchema = z.object({
  invitationId: z.number(),
  token: z.string(),
  stage: stageSchema,
  items: z.array(z.string()),
  clerk: person,
  hallName: z.string(),
  deskNo: z.string(),
});
export type RatingPrompt = z.infer<typeof ratingPromptSchema>;

export const submitRatingInputSchema = z.object({
  invitationId: z.int().positive(),
  token: z.string().min(1).max(100),
  level: levelSchema,
  scores: subScoresSchema.default({}),
  comment: z
    .string()
    .trim()
    .max(200, '评价内容不能超过200个字')
    .optional()
    .transform((v) => (v ? v : null)),
});
export type SubmitRatingInput = z.input<typeof submitRatingInputSchema>;

export const ratingSchema = z.object({
  id: z.number(),
  caseNo: z.string(),
  stage: stageSchema,
  level: levelSchema,
  bad: z.boolean(),
  scores: subScoresSchema,
  comment: z.string().nullable(),
  clerk: person,
  ratedAt: z.string(),
  ratedOn: z.string(),
  followUpId: z.number().nullable(),
});
export type Rating = z.infer<typeof ratingSchema>;

export const caseRatingsSchema = z.object({
  ratings: z.array(ratingSchema),
  invitations: z.array(invitationSchema),
  /** Stages a rating may be invited for now (not rated yet, and reached by the case). */
  invitableStages: z.array(stageSchema),
});
export type CaseRatings = z.infer<typeof caseRatingsSchema>;

export const ratingListInputSchema = z.object({
  from: z.string().refine(isDateString, '起始日期格式应为 YYYY-MM-DD').optional(),
  to: z.string().refine(isDateString, '截止日期格式应为 YYYY-MM-DD').optional(),
  badOnly: z.boolean().default(false),
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(100).default(20),
});
