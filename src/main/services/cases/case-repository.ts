import { z } from 'zod';
import { caseMaterialSchema, caseStates, type CaseState } from '../../../shared/intake/case-types';
import { decisionKinds, type DecisionKind } from '../../../shared/intake/decision';
import type { Db } from '../../db/open-database';
import { parseNarrowColumns, parseNarrowRows, parseRow } from '../../db/parse-row';
import { raiseYearSerialsTo, takeYearSerial } from '../../db/year-serials-repository';

export type MaterialStatus = z.output<typeof caseMaterialSchema.shape.status>;

/** The columns of `cases`, `case_items` and `case_materials` narrower than SQLite's, checked on every read. */
export const caseColumns = z.object({ state: z.enum(caseStates), decision: z.enum(decisionKinds) });
export const caseMaterialColumns = z.object({ status: caseMaterialSchema.shape.status });

export interface CaseRow {
  case_no: string;
  request_id: string;
  hall_code: string;
  desk_no: string;
  year: number;
  serial: number;
  state: CaseState;
  decision: DecisionKind;
  applicant_id: number;
  applicant_name: string;
  applicant_id_number: string;
  applicant_phone: string;
  applicant: string;
  agent: string | null;
  item_names: string;
  received_at: string;
  received_on: string;
  accepted_on: string | null;
  promised_date: string | null;
  /** 1 while the promised date is 暂定 (migration 0007; defaults to 0 on insert). */
  promised_provisional?: number;
  refusal: string | null;
  note: string | null;
  commitment_signed: number;
  clerk_id: number;
  clerk_staff_no: string;
  clerk_name: string;
  /** Set by the trigger of migration 0003 when the case is inserted. */
  query_code?: string | null;
}

export interface CaseItemRow {
  case_no: string;
  position: number;
  item_code: string;
  item_version: number;
  item_name: string;
  department: string;
  promised_days: number;
  promised_date: string | null;
  /** Working days taken off the limit so a promised date never moves later (migration 0007). */
  promise_cut_days?: number;
}

export interface CaseMaterialRow {
  case_no: string;
  position: number;
  material_key: string;
  spec: string;
  applicable: number;
  received_originals: number;
  received_copies: number;
  received_electronic: number;
  status: MaterialStatus;
  supply_deadline: string | null;
}

/** The next case serial of this desk for the year; call inside the registering transaction. */
export function nextSerial(db: Db, year: number): number {
  return takeYearSerial(db, 'case_serials', year);
}

/** Raises the desk's case serials to at least these; returns how many years were raised (year-serials-repository.ts). */
export function raiseSerialsTo(db: Db, serials: readonly { year: number; serial: number }[]): number {
  return raiseYearSerialsTo(db, 'case_serials', serials);
}

export function caseNoByRequestId(db: Db, requestId: string): string | undefined {
  return (db.prepare('SELECT case_no FROM cases WHERE request_id = ?').get(requestId) as { case_no: string } | undefined)?.case_no;
}

export function insertCase(db: Db, row: CaseRow): void {
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO cases (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
}

export function insertCaseItem(db: Db, row: CaseItemRow): void {
  db.prepare(
    `INSERT INTO case_items (case_no, position, item_code, item_version, item_name, department, promised_days, promised_date)
     VALUES (@case_no, @position, @item_code, @item_version, @item_name, @department, @promised_days, @promised_date)`,
  ).run(row);
}

export function insertCaseMaterial(db: Db, row: CaseMaterialRow): void {
  db.prepare(
    `INSERT INTO case_materials (case_no, position, material_key, spec, applicable, received_originals, received_copies,
       received_electronic, status, supply_deadline)
     VALUES (@case_no, @position, @material_key, @spec, @applicable, @received_originals, @received_copies,
       @received_electronic, @status, @supply_deadline)`,
  ).run(row);
}

export function findCaseRows(db: Db, caseNo: string) {
  const row = db.prepare('SELECT * FROM cases WHERE case_no = ?').get(caseNo);
  if (!row) return undefined;
  const kase = parseNarrowColumns<CaseRow>(caseColumns, row, '案件');
  const items = db.prepare('SELECT * FROM case_items WHERE case_no = ? ORDER BY position').all(caseNo) as CaseItemRow[];
  const materials = parseNarrowRows<CaseMaterialRow>(
    caseMaterialColumns,
    db.prepare('SELECT * FROM case_materials WHERE case_no = ? ORDER BY position').all(caseNo),
    '案件材料',
  );
  return { kase, items, materials };
}

const caseStateRowSchema = z.object({ state: z.enum(caseStates) });

export function findCaseState(db: Db, caseNo: string): CaseState | undefined {
  const row = db.prepare('SELECT state FROM cases WHERE case_no = ?').get(caseNo);
  return row === undefined ? undefined : parseRow(caseStateRowSchema, row, '案件状态').state;
}

export function listCaseItemNames(db: Db, caseNo: string): string[] {
  return db.prepare('SELECT item_name FROM case_items WHERE case_no = ? ORDER BY position').pluck().all(caseNo) as string[];
}

export function findQueryCode(db: Db, caseNo: string): string | null {
  return (
    (db.prepare('SELECT query_code FROM cases WHERE case_no = ?').get(caseNo) as { query_code: string | null } | undefined)?.query_code ??
    null
  );
}

/** Sets the code only where the case has none yet. */
export function fillMissingQueryCode(db: Db, caseNo: string, code: string): void {
  db.prepare('UPDATE cases SET query_code = ? WHERE case_no = ? AND query_code IS NULL').run(code, caseNo);
}

/** A correction of the applicant's contact details on the case. */
export function updateCaseApplicant(db: Db, caseNo: string, applicantJson: string, phone: string): void {
  db.prepare('UPDATE cases SET applicant = ?, applicant_phone = ? WHERE case_no = ?').run(applicantJson, phone, caseNo);
}
