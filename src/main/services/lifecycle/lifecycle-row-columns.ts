import { z } from 'zod';
import { caseStates } from '../../../shared/intake/case-types';
import { pauseKinds } from '../../../shared/lifecycle/clock-rules';
import { caseOutcomes, outcomes, subtaskStates } from '../../../shared/lifecycle/subtask-states';
import { parseNarrowColumns, parseNarrowRows } from '../../db/parse-row';
import { caseColumns, caseMaterialColumns } from '../cases/case-repository';
import type { EventRow, LifecycleCaseRow, MaterialRow, PauseRow, TaskRow } from './lifecycle-repository';

/**
 * The lifecycle's columns narrower than SQLite's (states, outcomes, kinds), checked on every read
 * of a case, its sub-tasks, materials, pauses and history: only these, so lists stay cheap.
 */
const lifecycleCaseColumns = caseColumns.extend({
  outcome: z.enum(caseOutcomes).nullable(),
  resume_state: z.enum(caseStates).nullable(),
});
const taskColumns = z.object({ task_state: z.enum(subtaskStates), task_outcome: z.enum(outcomes).nullable() });
const pauseColumns = z.object({ kind: z.enum(pauseKinds) });
const eventColumns = z.object({ source: z.enum(['desk', 'centre']) });

export const parseLifecycleCase = (row: unknown) => parseNarrowColumns<LifecycleCaseRow>(lifecycleCaseColumns, row, '案件');
export const parseLifecycleCases = (rows: unknown[]) => parseNarrowRows<LifecycleCaseRow>(lifecycleCaseColumns, rows, '案件');
export const parseTasks = (rows: unknown[]) => parseNarrowRows<TaskRow>(taskColumns, rows, '办理事项');
export const parseMaterials = (rows: unknown[]) => parseNarrowRows<MaterialRow>(caseMaterialColumns, rows, '案件材料');
export const parsePauses = (rows: unknown[]) => parseNarrowRows<PauseRow>(pauseColumns, rows, '暂停计时');
export const parseEvents = (rows: unknown[]) => parseNarrowRows<EventRow>(eventColumns, rows, '办理记录');
