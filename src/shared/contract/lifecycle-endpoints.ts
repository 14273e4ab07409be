import { z } from 'zod';
import { caseDetailSchema } from '../intake/case-types';
import { assignAgentInputSchema, handoverInputSchema } from '../lifecycle/agent-mandate';
import {
  caseNoSchema,
  deliverInputSchema,
  recordDecisionInputSchema,
  requestMaterialsInputSchema,
  specialStepInputSchema,
  startInputSchema,
  supplyInputSchema,
  terminateInputSchema,
  withdrawInputSchema,
} from '../lifecycle/lifecycle-inputs';
import { caseClockRowSchema, caseLifecycleSchema } from '../lifecycle/lifecycle-view';
import { maxYellowDays, warningLevels } from '../lifecycle/warning-level';
import { endpoint } from './endpoint';
import { emptyInput, okOutput } from './fields';

/*
 * After intake: the case's lifecycle, 督办 and 帮办代办. Access lists are the first check; the
 * back end then refuses what the case's state or assignment does not allow (an agent acts only
 * on the cases assigned to them).
 */
const readers = ['clerk', 'agent', 'supervisor', 'admin'] as const;
/** At the window for the applicant: clerks, and agents on their own cases. */
const actors = ['clerk', 'agent', 'admin'] as const;
/** Recording what the departments did and handing out the result: the window's clerks. */
const workers = ['clerk', 'admin'] as const;

const caseInput = z.object({ caseNo: caseNoSchema });

/** A change returns the case as it now stands and its lifecycle, so screens need no second call. */
export const lifecycleResultSchema = z.object({ detail: caseDetailSchema, lifecycle: caseLifecycleSchema });
export type LifecycleResult = z.infer<typeof lifecycleResultSchema>;

export const changedCaseSchema = z.object({
  caseNo: z.string(),
  applicantName: z.string(),
  state: caseDetailSchema.shape.state,
  latestSeq: z.number(),
  at: z.string(),
  summaries: z.array(z.string()),
});
export type ChangedCase = z.infer<typeof changedCaseSchema>;

export const supervisionSettingsSchema = z.object({
  yellowDays: z.int('预警天数应为整数').min(0, '预警天数不能为负').max(maxYellowDays, `预警天数不能超过${maxYellowDays}个工作日`),
});
export type SupervisionSettings = z.infer<typeof supervisionSettingsSchema>;

const groupSchema = z.object({ key: z.string(), label: z.string(), red: z.number(), yellow: z.number() });

export const boardSchema = z.object({
  today: z.string(),
  yellowDays: z.number(),
  rows: z.array(caseClockRowSchema),
  byDepartment: z.array(groupSchema),
  byClerk: z.array(groupSchema),
  /** Every department and clerk with a warned case, for the filters (before filtering). */
  departments: z.array(z.string()),
  clerks: z.array(z.object({ staffNo: z.string(), name: z.string() })),
});
export type Board = z.infer<typeof boardSchema>;

const listSchema = z.object({ today: z.string(), yellowDays: z.number(), rows: z.array(caseClockRowSchema) });

export const lifecycleEndpoints = {
  'lifecycle.get': endpoint({ title: '查看办理进度', access: readers, input: caseInput, output: caseLifecycleSchema }),
  'lifecycle.supply': endpoint({ title: '登记补交材料', access: actors, input: supplyInputSchema, output: lifecycleResultSchema }),
  'lifecycle.requestMaterials': endpoint({
    title: '登记办理中补正',
    access: workers,
    input: requestMaterialsInputSchema,
    output: lifecycleResultSchema,
  }),
  'lifecycle.start': endpoint({ title: '登记开始办理', access: workers, input: startInputSchema, output: lifecycleResultSchema }),
  'lifecycle.recordDecision': endpoint({
    title: '登记办理结果',
    access: workers,
    input: recordDecisionInputSchema,
    output: lifecycleResultSchema,
  }),
  'lifecycle.specialStep': endpoint({
    title: '登记特殊环节',
    access: workers,
    input: specialStepInputSchema,
    output: lifecycleResultSchema,
  }),
  'lifecycle.deliver': endpoint({ title: '登记出件', access: workers, input: deliverInputSchema, output: lifecycleResultSchema }),
  'lifecycle.withdraw': endpoint({ title: '登记撤回', access: actors, input: withdrawInputSchema, output: lifecycleResultSchema }),
  'lifecycle.terminate': endpoint({
    title: '终止办理',
    access: ['clerk', 'supervisor', 'admin'],
    input: terminateInputSchema,
    output: lifecycleResultSchema,
  }),
  /** Cases that changed since the caller last looked (theirs; every case for supervisors). */
  'lifecycle.changes': endpoint({
    title: '查看案件变化',
    access: readers,
    input: emptyInput,
    output: z.object({ lastSeenSeq: z.number(), latestSeq: z.number(), rows: z.array(changedCaseSchema) }),
  }),
  'lifecycle.markSeen': endpoint({
    title: '标记已查看',
    access: readers,
    input: z.object({ upToSeq: z.int().min(0) }),
    output: okOutput,
  }),
  'supervision.board': endpoint({
    title: '查看督办看板',
    access: ['supervisor', 'admin'],
    input: z.object({
      level: z.enum(warningLevels).optional(),
      department: z.string().trim().max(60).optional(),
      clerkStaffNo: z.string().trim().max(20).optional(),
    }),
    output: boardSchema,
  }),
  'supervision.myCases': endpoint({ title: '查看我的案件', access: ['clerk', 'admin'], input: emptyInput, output: listSchema }),
  'supervision.settings.get': endpoint({
    title: '查看督办设置',
    access: ['supervisor', 'admin'],
    input: emptyInput,
    output: supervisionSettingsSchema,
  }),
  'supervision.settings.update': endpoint({
    title: '修改督办设置',
    access: ['admin'],
    input: supervisionSettingsSchema,
    output: supervisionSettingsSchema,
  }),
  'agents.list': endpoint({
    title: '查看代办员',
    access: readers,
    input: emptyInput,
    output: z.array(z.object({ id: z.number(), staffNo: z.string(), name: z.string() })),
  }),
  'agents.assign': endpoint({
    title: '指派代办员',
    access: ['clerk', 'supervisor', 'admin'],
    input: assignAgentInputSchema,
    output: lifecycleResultSchema,
  }),
  'agents.handover': endpoint({
    title: '代办交接',
    access: ['agent', 'supervisor', 'admin'],
    input: handoverInputSchema,
    output: lifecycleResultSchema,
  }),
  'agents.worklist': endpoint({ title: '查看代办工作台', access: ['agent'], input: emptyInput, output: listSchema }),
  /** Exists only when the web host runs with HALLDESK_TEST_CLOCK=1; otherwise an unknown call. */
  'testing.advanceClock': endpoint({
    title: '调整测试时钟',
    access: ['admin'],
    input: z.object({ days: z.int('天数应为整数').min(1, '天数至少为1').max(366, '天数不能超过366') }),
    output: z.object({ now: z.string(), today: z.string() }),
  }),
};

/** Channels the back end answers only with a test clock; without one they are unknown. */
export const testOnlyChannels: readonly string[] = ['testing.advanceClock'];
