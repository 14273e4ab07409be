import type { SqlQueries } from '../db/sql';

/** A case as the status lookup reads it; the payload is checked by its reader's zod schema. */
export interface StatusCaseRow {
  case_no: string;
  payload: unknown;
  state: string;
  promised_date: string | null;
  query_code: string | null;
  department_state: string | null;
}

export async function selectCaseForStatus(sql: SqlQueries, caseNo: string): Promise<StatusCaseRow | undefined> {
  const rows = await sql.query<StatusCaseRow>(
    'SELECT case_no, payload, state, promised_date, query_code, department_state FROM cases WHERE case_no = $1',
    [caseNo],
  );
  return rows[0];
}
