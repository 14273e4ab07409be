import { z } from 'zod';
import { caseStates } from '../intake/case-types';
import { decisionKinds } from '../intake/decision';
import { agentAssignmentSchema, handoverSchema } from './agent-mandate';
import { pauseKinds } from './clock-rules';
import { deliveryMethods, recipientKinds } from './lifecycle-inputs';
import { caseOutcomes, outcomes, subtaskStates } from './subtask-states';
import { warningLevels } from './warning-level';

/** What the desk shows about a case after intake: its clock, sub-tasks, owed materials, history. */

export const clockSchema = z.object({
  /** Accepted and not yet finished: the promised date runs. */
  underClock: z.boolean(),
  /** 待补正 after acceptance: the clock stands still. */
  paused: z.boolean(),
  dueDate: z.string().nullable(),
  remainingWorkingDays: z.number().nullable(),
  level: z.enum(warningLevels).nullable(),
  /** Working days the pauses moved the case's date by. */
  extensionDays: z.number(),
  /** The due date was counted over a year the calendar does not cover yet (暂定). */
  provisional: z.boolean(),
  /** What the clerk should know about the date (why it is 暂定), else null. */
  problem: z.string().nullable(),
});
export type CaseClock = z.infer<typeof clockSchema>;

export const stepViewSchema = z.object({
  name: z.string(),
  days: z.number(),
  countedInLimit: z.boolean(),
  running: z.boolean(),
  usedDays: z.number(),
});

export const subtaskViewSchema = z.object({
  position: z.number(),
  itemCode: z.string(),
  itemName: z.string(),
  department: z.string(),
  state: z.enum(subtaskStates),
  outcome: z.enum(outcomes).nullable(),
  docNo: z.string().nullable(),
  decidedOn: z.string().nullable(),
  /** The clerk who recorded the result, or the department when the centre reported it. */
  decidedBy: z.string().nullable(),
  note: z.string().nullable(),
  /** 部分准予: the outcome 准予 covers part of the application. */
  partial: z.boolean().default(false),
  /** SHA-256 of the department's result file, when it sent one. */
  resultFileSha256: z.string().nullable().default(null),
  /** The department of this sub-task asked for the 补正 the case is waiting on. */
  awaitingMaterials: z.boolean().default(false),
  dueDate: z.string().nullable(),
  remainingWorkingDays: z.number().nullable(),
  level: z.enum(warningLevels).nullable(),
  steps: z.array(stepViewSchema),
});
export type SubtaskView = z.infer<typeof subtaskViewSchema>;

export const owedMaterialSchema = z.object({
  key: z.string(),
  name: z.string(),
  necessity: z.enum(['required', 'conditional', 'deferrable']),
  status: z.enum(['received', 'missing', 'deferred', 'not-applicable']),
  originals: z.number(),
  copies: z.number(),
  receivedOriginals: z.number(),
  receivedCopies: z.number(),
  supplyDeadline: z.string().nullable(),
  suppliedOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type OwedMaterial = z.infer<typeof owedMaterialSchema>;

export const pauseViewSchema = z.object({
  kind: z.enum(pauseKinds),
  position: z.number().nullable(),
  stepName: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
  workingDays: z.number(),
  note: z.string(),
  /** The department that asked for this 补正; null when the window did. */
  requestedBy: z.string().nullable().default(null),
});

export const deliverySchema = z.object({
  method: z.enum(deliveryMethods),
  recipient: z.string(),
  recipientKind: z.enum(recipientKinds),
  /** The receiver's ID shown at hand-over; deliveries recorded before it was asked have none. */
  recipientIdNumber: z.string().default(''),
  proxyReason: z.string(),
  documents: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  trackingNo: z.string().nullable(),
  signed: z.boolean(),
  releasedBy: z.string(),
  deliveredAt: z.string(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const historyEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  source: z.enum(['desk', 'centre']),
  actor: z.string().nullable(),
  summary: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const lifecycleActions = [
  'supply',
  'start',
  'request-materials',
  'record-decision',
  'special-step',
  'deliver',
  'withdraw',
  'terminate',
  'assign-agent',
  'handover',
] as const;
export type LifecycleAction = (typeof lifecycleActions)[number];

/** 容缺 materials of the case: none owed, owed within their deadline, all supplied, or overdue. */
export const deferredStates = ['none', 'pending', 'supplied', 'overdue'] as const;
export type DeferredState = (typeof deferredStates)[number];
export const deferredStateLabels: Record<DeferredState, string> = {
  none: '无容缺材料',
  pending: '容缺材料待补交',
  supplied: '容缺材料已补齐',
  overdue: '容缺材料逾期未交',
};

export const caseLifecycleSchema = z.object({
  caseNo: z.string(),
  /** The hall's date as the back end counts it (forms default to it). */
  today: z.string(),
  state: z.enum(caseStates),
  decision: z.enum(decisionKinds),
  applicantName: z.string(),
  itemNames: z.string(),
  clerk: z.object({ staffNo: z.string(), name: z.string() }),
  acceptedOn: z.string().nullable(),
  promisedDate: z.string().nullable(),
  clock: clockSchema,
  subtasks: z.array(subtaskViewSchema),
  /** Lines still owed, and lines that came after intake. */
  materials: z.array(owedMaterialSchema),
  deferred: z.enum(deferredStates),
  pauses: z.array(pauseViewSchema),
  /** The department whose 要求补正 the case is waiting on; null when the window asked or nothing is asked. */
  materialsRequestedBy: z.string().nullable().default(null),
  outcome: z.enum(caseOutcomes).nullable(),
  decidedOn: z.string().nullable(),
  readyForCollection: z.boolean(),
  delivery: deliverySchema.nullable(),
  closedReason: z.string().nullable(),
  agent: agentAssignmentSchema.nullable(),
  handovers: z.array(handoverSchema),
  history: z.array(historyEntrySchema),
  /** What the caller may do now (the back end checks again on each call). */
  actions: z.array(z.enum(lifecycleActions)),
  nextStep: z.string(),
  missing: z.array(z.string()),
});
export type CaseLifecycle = z.infer<typeof caseLifecycleSchema>;

/** One case in a list: the board, a clerk's own cases, an agent's worklist. */
export const caseClockRowSchema = z.object({
  caseNo: z.string(),
  state: z.enum(caseStates),
  applicantName: z.string(),
  itemNames: z.string(),
  clerkStaffNo: z.string(),
  clerkName: z.string(),
  /** Departments of the open sub-tasks at the row's level (all open ones when normal). */
  departments: z.array(z.string()),
  acceptedOn: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** The due date is 暂定 (a year without calendar data). */
  dueDateProvisional: z.boolean(),
  remainingWorkingDays: z.number().nullable(),
  level: z.enum(warningLevels).nullable(),
  paused: z.boolean(),
  agentName: z.string().nullable(),
  nextStep: z.string(),
  missing: z.array(z.string()),
});
export type CaseClockRow = z.infer<typeof caseClockRowSchema>;
