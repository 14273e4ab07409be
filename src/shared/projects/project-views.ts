import { z } from 'zod';
import { caseStates } from '../intake/case-types';
import { warningLevels } from '../lifecycle/warning-level';
import { handoverSchema } from '../lifecycle/agent-mandate';

export const itemProgressStates = ['not-started', 'accepted', 'awaiting-materials', 'decided'] as const;
export type ItemProgressState = (typeof itemProgressStates)[number];
export const itemProgressLabels: Record<ItemProgressState, string> = {
  'not-started': '未开始',
  accepted: '已受理',
  'awaiting-materials': '待补正',
  decided: '已办结',
};

export const stageStates = ['done', 'open', 'locked'] as const;
export type StageState = (typeof stageStates)[number];
export const stageStateLabels: Record<StageState, string> = { done: '已完成', open: '进行中', locked: '未开始（待前一阶段完成）' };

const agentSchema = z.object({ id: z.number(), staffNo: z.string(), name: z.string() });

export const projectSummarySchema = z.object({
  projectNo: z.string(),
  kind: z.string(),
  kindName: z.string(),
  name: z.string(),
  enterpriseCreditCode: z.string(),
  enterpriseName: z.string(),
  location: z.string(),
  agent: agentSchema,
  mandateNo: z.string(),
  mandateSignedOn: z.string(),
  targetDays: z.number(),
  createdAt: z.string(),
  daysUsed: z.number(),
  level: z.enum(warningLevels),
  finished: z.boolean(),
  currentStage: z.string().nullable(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const boardItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  department: z.string(),
  promisedDays: z.number(),
  state: z.enum(itemProgressStates),
  caseNo: z.string().nullable(),
  caseState: z.enum(caseStates).nullable(),
  promisedDate: z.string().nullable(),
  decidedOn: z.string().nullable(),
  level: z.enum(warningLevels).nullable(),
});
export type BoardItem = z.infer<typeof boardItemSchema>;

export const boardStageSchema = z.object({
  name: z.string(),
  finishBeforeNext: z.boolean(),
  state: z.enum(stageStates),
  items: z.array(boardItemSchema),
  level: z.enum(warningLevels).nullable(),
});
export type BoardStage = z.infer<typeof boardStageSchema>;

export const missingMaterialSchema = z.object({
  caseNo: z.string(),
  itemNames: z.string(),
  /** As the case lists it: the material, and for 容缺 its deadline. */
  material: z.string(),
});
export type MissingMaterial = z.infer<typeof missingMaterialSchema>;

/** A project changes agents as a case does: the same record of who, to whom, why and when. */
export const projectHandoverSchema = handoverSchema;
export type ProjectHandover = z.infer<typeof projectHandoverSchema>;

export const projectBoardSchema = z.object({
  project: projectSummarySchema,
  today: z.string(),
  stages: z.array(boardStageSchema),
  nextSteps: z.array(z.string()),
  missing: z.array(missingMaterialSchema),
  warnings: z.array(z.string()),
  statutoryDays: z.number(),
  handovers: z.array(projectHandoverSchema),
});
export type ProjectBoard = z.infer<typeof projectBoardSchema>;

export const kindFiguresSchema = z.object({
  kind: z.string(),
  kindName: z.string(),
  projects: z.number(),
  finished: z.number(),
  /** Of the finished chains; null while none has finished. */
  medianDays: z.number().nullable(),
  worstDays: z.number().nullable(),
  statutoryDays: z.number(),
  /** Per finished chain, on average: what was handed in and how often someone came, against the items' sum. */
  materials: z.number().nullable(),
  statutoryMaterials: z.number(),
  trips: z.number().nullable(),
  statutoryTrips: z.number(),
});
export type KindFigures = z.infer<typeof kindFiguresSchema>;
