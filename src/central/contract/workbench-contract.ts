import { z } from 'zod';
import { hallCodeSchema } from '../../shared/contract/fields';
import { caseMaterialSchema } from '../../shared/intake/case-types';
import { centreRoute } from './centre-contract';
import { subtaskStates } from '../../shared/lifecycle/subtask-states';
import { warningLevels } from '../../shared/lifecycle/warning-level';
import { centreRoles } from '../accounts/centre-user';
import { departmentDecisionSchema, departmentSpecialStepSchema, missingMaterialSchema } from '../../shared/sync/protocol';

/**
 * The department workbench (部门审批工作台): the routes under /v1/work, their inputs and replies.
 * The back end scopes every one by the signed-in account's role; the web screens use the same
 * schemas. The API has no path parameters: a sub-task is named by hall, case number and position.
 */

/** The department's own word on its sub-task (the desk's sub-task state is kept beside it). */
export const reviewStates = [
  'waiting',
  'in-review',
  'materials-requested',
  'special-step',
  'approved',
  'disapproved',
  'partially-approved',
] as const;
export type ReviewState = (typeof reviewStates)[number];

export const reviewStateLabels: Record<ReviewState, string> = {
  waiting: '待审查',
  'in-review': '审查中',
  'materials-requested': '待补正',
  'special-step': '特殊环节',
  approved: '准予',
  disapproved: '不予',
  'partially-approved': '部分准予',
};

export const decisionOutcomes = ['approved', 'disapproved', 'partially-approved'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

const pageNumber = z.coerce.number().int().min(0, '页码不能为负').max(10_000, '页码过大');

export const queueQuerySchema = z.object({
  hallCode: hallCodeSchema.optional(),
  reviewState: z.enum(reviewStates, { error: '审查状态不正确' }).optional(),
  level: z.enum(warningLevels, { error: '预警级别不正确' }).optional(),
  /** A case number (or its beginning) or the applicant's name. */
  search: z.string().trim().max(60, '搜索内容不能超过60个字').optional(),
  /** Closed sub-tasks too (decided, or the case finished at the window). */
  includeClosed: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: pageNumber.default(0),
  pageSize: z.coerce.number().int().min(1).max(100, '每页最多100条').default(30),
});
export type QueueQuery = z.input<typeof queueQuerySchema>;

export const queueRowSchema = z.object({
  hallCode: z.string(),
  caseNo: z.string(),
  position: z.number(),
  department: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  caseState: z.string(),
  taskState: z.enum(subtaskStates),
  reviewState: z.enum(reviewStates),
  isOpen: z.boolean(),
  acceptedOn: z.string().nullable(),
  promisedDays: z.number(),
  dueDate: z.string().nullable(),
  remainingWorkingDays: z.number().nullable(),
  level: z.enum(warningLevels).nullable(),
  decidedOn: z.string().nullable(),
  outcome: z.enum(decisionOutcomes).nullable(),
});
export type QueueRow = z.infer<typeof queueRowSchema>;

export const queuePageSchema = z.object({
  today: z.string(),
  rows: z.array(queueRowSchema),
  page: z.number(),
  hasMore: z.boolean(),
});
export type QueuePage = z.infer<typeof queuePageSchema>;

export const subtaskKeySchema = z.object({
  hallCode: hallCodeSchema,
  caseNo: z.string().trim().min(1, '请指定受理编号').max(60, '受理编号过长'),
  position: z.coerce.number().int().min(0, '子任务序号不正确').max(99, '子任务序号不正确'),
});
export type SubtaskKey = z.input<typeof subtaskKeySchema>;

export const historyLineSchema = z.object({
  at: z.string(),
  source: z.enum(['desk', 'centre']),
  actor: z.string().nullable(),
  summary: z.string(),
});
export type HistoryLine = z.infer<typeof historyLineSchema>;

export const subtaskPageSchema = z.object({
  subtask: queueRowSchema,
  /** Every sub-task of the case: the departments working it in parallel, and who refused. */
  siblings: z.array(queueRowSchema),
  applicant: z.object({ kind: z.string(), name: z.string(), idNumber: z.string(), phone: z.string() }),
  deskNo: z.string(),
  receivedAt: z.string().nullable(),
  /** The material lines for this sub-task's item, with their pages (served by GET /v1/pages/<sha256>). */
  materials: z.array(caseMaterialSchema),
  /** The window's note on the case. */
  note: z.string().nullable(),
  history: z.array(historyLineSchema),
  /** What the signed-in account may do now (the back end checks again on each action). */
  actions: z.array(z.enum(['start', 'request-materials', 'special-step-start', 'special-step-end', 'decide'])),
  /** The running 特殊环节's name, when one runs. */
  runningSpecialStep: z.string().nullable(),
  /** The sha256 of the result file the department decided with, if any (served by GET /v1/pages/<sha256>). */
  resultFileSha256: z.string().nullable(),
});
export type SubtaskPage = z.infer<typeof subtaskPageSchema>;

/** Every action names its sub-task and carries an id made by the screen, so a retried click is one action. */
const actionBase = subtaskKeySchema.extend({
  wordId: z.uuid('动作编号应为 UUID'),
  note: z.string().trim().max(500, '说明不能超过500个字').default(''),
});

export const startReviewInputSchema = actionBase;
export const requestMaterialsInputSchema = actionBase.extend({
  missingMaterials: z.array(missingMaterialSchema).min(1, '请列出所缺的材料').max(100, '所缺材料不能超过100项'),
});
export const specialStepInputSchema = actionBase.extend({ specialStep: departmentSpecialStepSchema });
export const decideInputSchema = actionBase.extend({
  outcome: z.enum(decisionOutcomes, { error: '请选择准予、不予或部分准予' }),
  decision: departmentDecisionSchema,
});
export type StartReviewInput = z.input<typeof startReviewInputSchema>;
export type RequestMaterialsInput = z.input<typeof requestMaterialsInputSchema>;
export type SpecialStepInput = z.input<typeof specialStepInputSchema>;
export type DecideInput = z.input<typeof decideInputSchema>;

/** What an action answers: the sub-task as it now stands, and whether this call did it (false: a retry). */
export const actionReplySchema = z.object({ subtask: queueRowSchema, applied: z.boolean(), cursor: z.number() });
export type ActionReply = z.infer<typeof actionReplySchema>;

/** Every role reads, each within its scope (the back end narrows it); only a department reviewer acts. */
const readers = centreRoles;
const reviewers = ['department-reviewer'] as const;

export const queueRoute = centreRoute({
  method: 'GET',
  path: '/v1/work/queue',
  access: readers,
  input: queueQuerySchema,
  output: queuePageSchema,
});
export const subtaskRoute = centreRoute({
  method: 'GET',
  path: '/v1/work/subtask',
  access: readers,
  input: subtaskKeySchema,
  output: subtaskPageSchema,
});
export const startReviewRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/actions/start',
  access: reviewers,
  input: startReviewInputSchema,
  output: actionReplySchema,
});
export const requestMaterialsRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/actions/request-materials',
  access: reviewers,
  input: requestMaterialsInputSchema,
  output: actionReplySchema,
});
export const startSpecialStepRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/actions/special-step-start',
  access: reviewers,
  input: specialStepInputSchema,
  output: actionReplySchema,
});
export const endSpecialStepRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/actions/special-step-end',
  access: reviewers,
  input: specialStepInputSchema,
  output: actionReplySchema,
});
export const decideRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/actions/decide',
  access: reviewers,
  input: decideInputSchema,
  output: actionReplySchema,
});

/**
 * The decision's result file (PDF/JPEG/PNG): raw bytes as the body, the sub-task in the query
 * string (hallCode, caseNo, position); answers the file's sha256 for decide's resultFileSha256.
 * Not a JSON route, so it is mounted on its own (workbench-routes.ts).
 */
export const resultFileUploadPath = '/v1/work/actions/result-file';
export const resultFileReplySchema = z.object({ sha256: z.string() });
export type ResultFileReply = z.infer<typeof resultFileReplySchema>;

/** Every workbench route, for the role tests. */
export const workbenchRoutes = [
  queueRoute,
  subtaskRoute,
  startReviewRoute,
  requestMaterialsRoute,
  startSpecialStepRoute,
  endSpecialStepRoute,
  decideRoute,
] as const;
