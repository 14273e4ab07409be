import { AppError } from '../../../shared/errors';
import type { CaseState } from '../../../shared/intake/case-types';
import type { PauseKind } from '../../../shared/lifecycle/clock-rules';
import type { CaseOutcome, Outcome, SubtaskState } from '../../../shared/lifecycle/subtask-states';
import type { Db } from '../../db/open-database';
import type { CaseItemRow, CaseMaterialRow, CaseRow } from '../cases/case-repository';
import { parseEvents, parseLifecycleCase, parseMaterials, parsePauses, parseTasks } from './lifecycle-row-columns';

/** The case row with the lifecycle columns of migration 0005. */
export interface LifecycleCaseRow extends CaseRow {
  outcome: CaseOutcome | null;
  decided_on: string | null;
  resume_state: CaseState | null;
  ready_for_collection: number;
  closed_reason: string | null;
  closed_on: string | null;
}

export interface TaskRow extends CaseItemRow {
  task_state: SubtaskState;
  task_outcome: Outcome | null;
  decision_doc_no: string | null;
  decision_date: string | null;
  decided_by: string | null;
  task_note: string | null;
  /** 部分准予: the outcome is 'approved' of part of the application (migration 0018). */
  decision_partial: number;
  result_file_sha256: string | null;
}

export interface MaterialRow extends CaseMaterialRow {
  supplied_on: string | null;
}

export interface PauseRow {
  id: number;
  case_no: string;
  kind: PauseKind;
  position: number | null;
  step_name: string | null;
  from_date: string;
  to_date: string | null;
  note: string;
  /** The department that asked for this 补正; null when the window did (migration 0018). */
  requested_by: string | null;
}

export interface EventRow {
  seq: number;
  case_no: string;
  at: string;
  source: 'desk' | 'centre';
  actor_id: number | null;
  actor_name: string | null;
  summary: string;
}

export interface LoadedCase {
  kase: LifecycleCaseRow;
  tasks: TaskRow[];
  materials: MaterialRow[];
}

export function findLoadedCase(db: Db, caseNo: string): LoadedCase | undefined {
  const row = db.prepare('SELECT * FROM cases WHERE case_no = ?').get(caseNo);
  if (!row) return undefined;
  return {
    kase: parseLifecycleCase(row),
    tasks: parseTasks(db.prepare('SELECT * FROM case_items WHERE case_no = ? ORDER BY position').all(caseNo)),
    materials: parseMaterials(db.prepare('SELECT * FROM case_materials WHERE case_no = ? ORDER BY position').all(caseNo)),
  };
}

export function loadCase(db: Db, caseNo: string): LoadedCase {
  const loaded = findLoadedCase(db, caseNo.trim());
  if (!loaded) throw new AppError('NOT_FOUND', `未找到受理编号为 ${caseNo} 的案件`, 'caseNo');
  return loaded;
}

type CaseFields = Partial<
  Pick<
    LifecycleCaseRow,
    | 'state'
    | 'decision'
    | 'accepted_on'
    | 'promised_date'
    | 'outcome'
    | 'decided_on'
    | 'resume_state'
    | 'ready_for_collection'
    | 'closed_reason'
    | 'closed_on'
    | 'promised_provisional'
  >
>;
type TaskFields = Partial<
  Pick<
    TaskRow,
    | 'task_state'
    | 'task_outcome'
    | 'decision_doc_no'
    | 'decision_date'
    | 'decided_by'
    | 'task_note'
    | 'promised_date'
    | 'promise_cut_days'
    | 'decision_partial'
    | 'result_file_sha256'
  >
>;
type MaterialFields = Partial<
  Pick<MaterialRow, 'received_originals' | 'received_copies' | 'received_electronic' | 'status' | 'supplied_on'>
>;

/** Column names come from the typed field objects above, never from input. */
function setClause(fields: object): string {
  return Object.keys(fields)
    .map((column) => `${column} = @${column}`)
    .join(', ');
}

export function updateCase(db: Db, caseNo: string, fields: CaseFields): void {
  if (Object.keys(fields).length === 0) return;
  db.prepare(`UPDATE cases SET ${setClause(fields)} WHERE case_no = @case_no`).run({ ...fields, case_no: caseNo });
}

export function updateTask(db: Db, caseNo: string, position: number, fields: TaskFields): void {
  if (Object.keys(fields).length === 0) return;
  db.prepare(`UPDATE case_items SET ${setClause(fields)} WHERE case_no = @case_no AND position = @position`).run({
    ...fields,
    case_no: caseNo,
    position,
  });
}

export function updateMaterial(db: Db, caseNo: string, key: string, fields: MaterialFields): void {
  db.prepare(`UPDATE case_materials SET ${setClause(fields)} WHERE case_no = @case_no AND material_key = @key`).run({
    ...fields,
    case_no: caseNo,
    key,
  });
}

export function insertSupply(
  db: Db,
  row: { caseNo: string; key: string; originals: number; copies: number; electronic: boolean; on: string; at: string; byStaffNo: string },
): void {
  db.prepare(
    `INSERT INTO material_supplies (case_no, material_key, originals, copies, electronic, supplied_on, supplied_at, by_staff_no)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.caseNo, row.key, row.originals, row.copies, Number(row.electronic), row.on, row.at, row.byStaffNo);
}

export function listPauses(db: Db, caseNo: string): PauseRow[] {
  return parsePauses(db.prepare('SELECT * FROM case_pauses WHERE case_no = ? ORDER BY id').all(caseNo));
}

export function openPause(
  db: Db,
  pause: {
    caseNo: string;
    kind: PauseKind;
    position: number | null;
    stepName: string | null;
    from: string;
    note: string;
    requestedBy?: string | null;
  },
): void {
  db.prepare(
    'INSERT INTO case_pauses (case_no, kind, position, step_name, from_date, note, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(pause.caseNo, pause.kind, pause.position, pause.stepName, pause.from, pause.note, pause.requestedBy ?? null);
}

export function closePause(db: Db, id: number, to: string): void {
  db.prepare('UPDATE case_pauses SET to_date = ? WHERE id = ? AND to_date IS NULL').run(to, id);
}

export function findDelivery(db: Db, caseNo: string): string | undefined {
  return (db.prepare('SELECT record FROM case_deliveries WHERE case_no = ?').get(caseNo) as { record: string } | undefined)?.record;
}

export function insertDelivery(db: Db, caseNo: string, record: unknown, at: string): void {
  db.prepare('INSERT INTO case_deliveries (case_no, record, delivered_at) VALUES (?, ?, ?)').run(caseNo, JSON.stringify(record), at);
}

export function insertEvent(db: Db, event: Omit<EventRow, 'seq'>): number {
  const info = db
    .prepare('INSERT INTO case_events (case_no, at, source, actor_id, actor_name, summary) VALUES (?, ?, ?, ?, ?, ?)')
    .run(event.case_no, event.at, event.source, event.actor_id, event.actor_name, event.summary);
  return Number(info.lastInsertRowid);
}

export function listEvents(db: Db, caseNo: string, limit = 200): EventRow[] {
  return parseEvents(db.prepare('SELECT * FROM case_events WHERE case_no = ? ORDER BY seq DESC LIMIT ?').all(caseNo, limit));
}

/** Cases whose promised date is still 暂定 (a year's arrangement not yet known). */
export function listProvisionalCaseNos(db: Db): string[] {
  return db.prepare('SELECT case_no FROM cases WHERE promised_provisional = 1 ORDER BY case_no').pluck().all() as string[];
}
