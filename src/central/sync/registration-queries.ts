import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';

/** Which of these case numbers the centre already holds in the desk's hall. */
export async function heldCaseNos(tx: SqlQueries, desk: AuthenticatedDesk, caseNos: readonly string[]): Promise<Set<string>> {
  if (caseNos.length === 0) return new Set();
  const rows = await tx.query<{ case_no: string }>('SELECT case_no FROM cases WHERE hall_code = $1 AND case_no = ANY($2::text[])', [
    desk.hallCode,
    [...caseNos],
  ]);
  return new Set(rows.map((row) => row.case_no));
}

/** Every case number the centre holds from this window of the desk's hall. */
export async function windowCaseNos(sql: SqlQueries, desk: AuthenticatedDesk): Promise<string[]> {
  const rows = await sql.query<{ case_no: string }>('SELECT case_no FROM cases WHERE hall_code = $1 AND desk_no = $2', [
    desk.hallCode,
    desk.deskNo,
  ]);
  return rows.map((row) => row.case_no);
}
