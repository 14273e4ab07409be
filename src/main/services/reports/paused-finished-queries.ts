import { z } from 'zod';
import { caseStates } from '../../../shared/intake/case-types';
import type { Db } from '../../db/open-database';
import { parseRows } from '../../db/parse-row';
import type { PauseRow } from '../lifecycle/lifecycle-repository';
import { parsePauses } from '../lifecycle/lifecycle-row-columns';

const finishedCaseSchema = z.object({
  case_no: z.string(),
  state: z.enum(caseStates),
  accepted_on: z.string(),
  promised_date: z.string().nullable(),
  decided_on: z.string(),
});
export type FinishedCase = z.output<typeof finishedCaseSchema>;

export interface FinishedTask {
  case_no: string;
  position: number;
  item_code: string;
  item_version: number;
  promise_cut_days: number;
}

const inList = 'case_no IN (SELECT value FROM json_each(?))';

/** What the clock of finished cases needs: the cases, their sub-tasks and their pauses (few cases: paused ones only). */
export function readFinishedCaseClocks(
  db: Db,
  caseNos: readonly string[],
): { cases: FinishedCase[]; tasks: FinishedTask[]; pauses: PauseRow[] } {
  const nos = JSON.stringify(caseNos);
  const cases = db.prepare(`SELECT case_no, state, accepted_on, promised_date, decided_on FROM cases WHERE ${inList}`).all(nos);
  return {
    cases: parseRows(finishedCaseSchema, cases, '已办结案件'),
    tasks: db
      .prepare(`SELECT case_no, position, item_code, item_version, promise_cut_days FROM case_items WHERE ${inList} ORDER BY position`)
      .all(nos) as FinishedTask[],
    pauses: parsePauses(db.prepare(`SELECT * FROM case_pauses WHERE ${inList} ORDER BY id`).all(nos)),
  };
}

export interface StoredPausedResult {
  case_no: string;
  on_time: number;
  days: number | null;
}

export function readStoredPausedResults(db: Db, caseNos: readonly string[], calendarStamp: string): StoredPausedResult[] {
  return db
    .prepare(
      'SELECT case_no, on_time, days FROM report_paused_results WHERE case_no IN (SELECT value FROM json_each(?)) AND calendar_stamp = ?',
    )
    .all(JSON.stringify(caseNos), calendarStamp) as StoredPausedResult[];
}

export function storePausedResults(
  db: Db,
  calendarStamp: string,
  results: Iterable<[string, { onTime: boolean; days: number | null }]>,
): void {
  const store = db.prepare('INSERT OR REPLACE INTO report_paused_results (case_no, calendar_stamp, on_time, days) VALUES (?, ?, ?, ?)');
  for (const [caseNo, result] of results) store.run(caseNo, calendarStamp, Number(result.onTime), result.days);
}
