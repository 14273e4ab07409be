import { materialSpecSchema, type CaseState } from '../../../shared/intake/case-types';
import type { MissingMaterial } from '../../../shared/sync/protocol';
import type { CaseStatusBody } from '../../../shared/sync/protocol';
import { parseJsonColumn } from '../../db/parse-row';
import { insertCaseMaterial } from '../cases/case-repository';
import type { ChangeContext } from './change-context';
import { loadCase, updateTask, type LoadedCase, type MaterialRow, type TaskRow } from './lifecycle-repository';
import { markMaterialsOwed } from './request-materials';
import { endStepPause, startStepPause } from './special-steps';

/** What a department's word did to the case; `why` says why nothing moved, for the case's history. */
export interface Moved {
  changed: boolean;
  why: string;
}

const unchanged = (why: string): Moved => ({ changed: false, why });

/** After acceptance and before the result: the states a department's review runs in. */
const reviewStates: readonly CaseState[] = ['accepted', 'in-progress', 'awaiting-materials'];

/** The sub-tasks the word is about: the department's, or the one at `position` when it names one. */
export function departmentTasksOf(loaded: LoadedCase, update: Pick<CaseStatusBody, 'department' | 'position'>): TaskRow[] {
  return loaded.tasks.filter(
    (t) => t.department === update.department && (update.position === undefined || t.position === update.position),
  );
}

/** Why the case cannot follow a review action now, or null when it can. */
function reviewProblem(loaded: LoadedCase, update: CaseStatusBody): string | null {
  if (loaded.kase.accepted_on === null || !reviewStates.includes(loaded.kase.state)) return '案件尚未受理或已结束，案件状态未变';
  const open = departmentTasksOf(loaded, update).filter((t) => t.task_state !== 'done');
  if (open.length === 0) return `本案件没有“${update.department}”未办结的子任务，案件状态未变`;
  return null;
}

function lineFor(materials: readonly MaterialRow[], wanted: MissingMaterial): MaterialRow | undefined {
  const usable = materials.filter((m) => m.status !== 'not-applicable');
  if (wanted.materialKey !== undefined) {
    const byKey = usable.find((m) => m.material_key === wanted.materialKey);
    if (byKey) return byKey;
  }
  return usable.find((m) => parseJsonColumn(materialSpecSchema, m.spec, '材料').name === wanted.name);
}

/** A material the case's list does not have (or has as 不适用): a new owed line, so the window can record it when it comes. */
function addRequestedLine(ctx: ChangeContext, loaded: LoadedCase, wanted: MissingMaterial, task: TaskRow): string {
  const keys = new Set(loaded.materials.map((m) => m.material_key));
  let n = 1;
  while (keys.has(`requested-${n}`)) n += 1;
  const key = `requested-${n}`;
  const spec = materialSpecSchema.parse({
    key,
    name: wanted.name,
    necessity: 'required',
    condition: null,
    originals: 0,
    copies: 1,
    media: ['paper'],
    formatNotes: wanted.note ?? '',
    issuer: null,
    forItems: [task.item_code],
  });
  insertCaseMaterial(ctx.db, {
    case_no: loaded.kase.case_no,
    position: Math.max(-1, ...loaded.materials.map((m) => m.position)) + 1,
    material_key: key,
    spec: JSON.stringify(spec),
    applicable: 1,
    received_originals: 0,
    received_copies: 0,
    received_electronic: 0,
    status: 'missing',
    supply_deadline: null,
  });
  return key;
}

/**
 * 要求补正 from a department: the lines it lists are owed (matched by key, else by name; one the
 * case's list lacks is added), the case is 待补正 with its clock stopped, exactly as when the
 * window asks (request-materials.ts), and the pause remembers which department asked.
 */
export function applyMaterialsRequest(ctx: ChangeContext, loaded: LoadedCase, update: CaseStatusBody, today: string): Moved {
  const problem = reviewProblem(loaded, update);
  if (problem) return unchanged(problem);
  const wanted = update.missingMaterials ?? [];
  if (wanted.length === 0) return unchanged('未列出所缺材料，案件状态未变');
  const mine = departmentTasksOf(loaded, update).filter((t) => t.task_state !== 'done');
  const keys = wanted.map(
    (m) => lineFor(loaded.materials, m)?.material_key ?? addRequestedLine(ctx, loadCase(ctx.db, loaded.kase.case_no), m, mine[0]!),
  );
  markMaterialsOwed(ctx.db, loadCase(ctx.db, loaded.kase.case_no), { keys, note: update.note, today, requestedBy: update.department });
  for (const task of mine)
    if (task.task_state === 'pending') updateTask(ctx.db, loaded.kase.case_no, task.position, { task_state: 'in-progress' });
  return { changed: true, why: '' };
}

/** 特殊环节 start / end from a department: a pause of that department's sub-task clock (special-steps.ts). */
export function applySpecialStep(
  ctx: ChangeContext,
  loaded: LoadedCase,
  update: CaseStatusBody,
  action: 'start' | 'end',
  today: string,
): Moved {
  const problem = reviewProblem(loaded, update);
  if (problem) return unchanged(problem);
  const step = update.specialStep;
  if (!step) return unchanged('未写明特殊环节，案件状态未变');
  let changed = false;
  for (const task of departmentTasksOf(loaded, update).filter((t) => t.task_state !== 'done')) {
    if (action === 'start')
      changed = startStepPause(ctx.db, loaded.kase.case_no, task, step.kind, today, step.reason ?? '') === undefined || changed;
    else changed = endStepPause(ctx.db, loaded.kase.case_no, task.position, step.kind, today) !== undefined || changed;
  }
  if (changed) return { changed, why: '' };
  return unchanged(action === 'start' ? `特殊环节“${step.kind}”已在进行中` : `特殊环节“${step.kind}”尚未开始`);
}

/** The department's particulars for the case's history: what is missing, which step, the decision document. */
export function wordDetailText(update: CaseStatusBody): string {
  const parts: string[] = [];
  if (update.missingMaterials?.length) {
    parts.push(`需补交：${update.missingMaterials.map((m) => (m.note ? `${m.name}（${m.note}）` : m.name)).join('、')}`);
  }
  if (update.specialStep) {
    const planned = update.specialStep.plannedDays === undefined ? '' : `，预计 ${update.specialStep.plannedDays} 个工作日`;
    parts.push(`特殊环节“${update.specialStep.kind}”${update.specialStep.reason ? `（${update.specialStep.reason}）` : ''}${planned}`);
  }
  if (update.decision) parts.push(`决定文书 ${update.decision.documentNo}，决定日期 ${update.decision.decidedOn}`);
  if (update.note) parts.push(update.note);
  return parts.length > 0 ? `（${parts.join('；')}）` : '';
}
