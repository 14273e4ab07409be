import { z } from 'zod';
import { caseStates } from '../../shared/intake/case-types';
import { subtaskStates } from '../../shared/lifecycle/subtask-states';
import { requestPausesSchema, suppliedRequests } from './materials-requests';

/**
 * What the workbench reads of a case payload (the desk's CaseDetail, plus its lifecycle after
 * intake). The payload already passed the centre's case check; this reads only the fields the
 * projection keeps, and a lifecycle it cannot read counts as none (the sub-task as registered).
 */
const projectedCaseSchema = z.object({
  state: z.enum(caseStates),
  acceptedOn: z.string().nullable(),
  applicant: z.object({ name: z.string() }),
  items: z.array(
    z.object({ code: z.string(), name: z.string(), department: z.string(), promisedDays: z.number(), promisedDate: z.string().nullable() }),
  ),
  lifecycle: z.unknown().optional(),
});

const lifecycleSchema = z.object({
  subtasks: z.array(
    z.object({
      position: z.number().int(),
      state: z.enum(subtaskStates),
      outcome: z.enum(['approved', 'disapproved']).nullable(),
      docNo: z.string().nullable(),
      decidedOn: z.string().nullable(),
      dueDate: z.string().nullable(),
    }),
  ),
  pauses: requestPausesSchema.catch([]),
});

/** The desk's word on one sub-task, as one row of centre_subtasks takes it. */
export interface SubtaskWrite {
  caseNo: string;
  position: number;
  department: string;
  itemCode: string;
  itemName: string;
  applicantName: string;
  caseState: string;
  taskState: string;
  isOpen: boolean;
  acceptedOn: string | null;
  promisedDays: number;
  dueDate: string | null;
  decidedOn: string | null;
  outcome: string | null;
  decisionDocNo: string | null;
  /** How many of the department's 补正 the desk reports over (materials-requests.ts). */
  suppliedRequests: number;
  seq: number;
}

/** Case states in which an accepted case's sub-tasks are still worked by the departments. */
const workedCaseStates: ReadonlySet<string> = new Set(['accepted', 'awaiting-materials', 'in-progress']);

export interface AppliedCaseEvent {
  /** The payload passed the full check (payload-check.ts); it is still read through a schema, and skipped when it does not fit. */
  event: { seq: number; payload: unknown };
  /** The case the event is of; null for an event of another entity. */
  caseNo: string | null;
}

/** One row per item of each case, from the case's latest event among `applied` (highest seq). */
export function subtaskWrites(applied: readonly AppliedCaseEvent[]): SubtaskWrite[] {
  const latest = new Map<string, { seq: number; caseNo: string; payload: unknown }>();
  for (const { event, caseNo } of applied) {
    if (caseNo === null) continue;
    const known = latest.get(caseNo);
    if (known === undefined || known.seq < event.seq) latest.set(caseNo, { seq: event.seq, caseNo, payload: event.payload });
  }
  return [...latest.values()].flatMap(({ seq, caseNo, payload }) => writesOfCase(caseNo, payload, seq));
}

function writesOfCase(caseNo: string, payload: unknown, seq: number): SubtaskWrite[] {
  const parsed = projectedCaseSchema.safeParse(payload);
  if (!parsed.success) return [];
  const detail = parsed.data;
  const lifecycle = lifecycleSchema.safeParse(detail.lifecycle);
  const tasks = new Map((lifecycle.success ? lifecycle.data.subtasks : []).map((t) => [t.position, t]));
  const pauses = lifecycle.success ? lifecycle.data.pauses : [];
  return detail.items.map((item, position) => {
    const task = tasks.get(position);
    const taskState = task?.state ?? 'pending';
    return {
      caseNo,
      position,
      department: item.department,
      itemCode: item.code,
      itemName: item.name,
      applicantName: detail.applicant.name,
      caseState: detail.state,
      taskState,
      isOpen: detail.acceptedOn !== null && taskState !== 'done' && workedCaseStates.has(detail.state),
      acceptedOn: detail.acceptedOn,
      promisedDays: item.promisedDays,
      dueDate: task?.dueDate ?? item.promisedDate,
      decidedOn: task?.decidedOn ?? null,
      outcome: task?.outcome ?? null,
      decisionDocNo: task?.docNo ?? null,
      suppliedRequests: suppliedRequests(pauses, item.department),
      seq,
    };
  });
}
