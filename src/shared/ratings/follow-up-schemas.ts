import { z } from 'zod';
import { followUpDayChoices } from './rating-levels';
import { levelSchema, stageSchema } from './rating-schemas';

export const followUpStatuses = ['open', 'called-back', 'closed'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];
export const followUpStatusLabels: Record<FollowUpStatus, string> = { open: '待回访', 'called-back': '已回访', closed: '已办结' };

/** How a 差评 is settled: the problem fixed (整改), or explained to the applicant (解释说明). */
export const followUpOutcomes = ['fixed', 'explained'] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];
export const followUpOutcomeLabels: Record<FollowUpOutcome, string> = { fixed: '已整改', explained: '已解释说明' };

const person = z.object({ staffNo: z.string(), name: z.string() });
const followUpId = z.int().positive();
const note = (label: string) => z.string().trim().min(2, `请填写${label}`).max(500, `${label}不能超过500个字`);

export const callbackSchema = z.object({ at: z.string(), by: person, reached: z.boolean(), note: z.string() });

export const followUpSchema = z.object({
  id: z.number(),
  caseNo: z.string(),
  stage: stageSchema,
  level: levelSchema,
  comment: z.string().nullable(),
  ratedAt: z.string(),
  /** Whose service was rated. */
  clerk: person,
  applicantName: z.string(),
  applicantPhone: z.string(),
  status: z.enum(followUpStatuses),
  responsible: person,
  openedOn: z.string(),
  workingDays: z.number(),
  /** null only when the working-day calendar lacks the year. */
  dueDate: z.string().nullable(),
  /** Working days past the due date as of today; 0 when not overdue. */
  overdueDays: z.number(),
  callbacks: z.array(callbackSchema),
  outcome: z.enum(followUpOutcomes).nullable(),
  outcomeNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: person.nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const followUpListInputSchema = z.object({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  /** Only mine as responsible person (clerks and agents always see only theirs). */
  mine: z.boolean().default(false),
});

export const assignFollowUpInputSchema = z.object({
  followUpId,
  staffNo: z.string().trim().min(1, '请选择责任人').max(20),
});
export const callbackInputSchema = z.object({
  followUpId,
  reached: z.boolean({ error: '请选择是否联系上申请人' }),
  note: note('回访记录'),
});
export const closeFollowUpInputSchema = z.object({
  followUpId,
  outcome: z.enum(followUpOutcomes, { error: '请选择处理结果（整改或解释说明）' }),
  note: note('处理结果说明'),
});

export const ratingSettingsSchema = z.object({
  followUpWorkingDays: z.literal(followUpDayChoices, { error: '差评整改时限应为5或15个工作日' }),
  /** Who answers for a new 差评's follow-up; null: the clerk whose service was rated. */
  defaultResponsibleStaffNo: z.string().trim().min(1).max(20).nullable(),
});
export type RatingSettings = z.infer<typeof ratingSettingsSchema>;
