import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';

/**
 * The case numbers of these the centre already holds in the desk's hall, each with the
 * `receivedAt` of its stored payload (null when the ledger row is no longer kept).
 */
export async function heldCasesReceivedAt(
  tx: SqlQueries,
  desk: AuthenticatedDesk,
  caseNos: readonly string[],
): Promise<Map<string, string | null>> {
  if (caseNos.length === 0) return new Map();
  const rows = await tx.query<{ case_no: string; received_at: string | null }>(
    `SELECT c.case_no, e.payload::jsonb->>'receivedAt' AS received_at FROM cases c
     LEFT JOIN received_events e ON e.hall_code = c.hall_code AND e.desk_id = c.last_desk_id AND e.seq = c.last_seq
     WHERE c.hall_code = $1 AND c.case_no = ANY($2::text[])`,
    [desk.hallCode, [...caseNos]],
  );
  return new Map(rows.map((row) => [row.case_no, row.received_at]));
}

/** Every case number the centre holds from this window of the desk's hall. */
export async function windowCaseNos(sql: SqlQueries, desk: AuthenticatedDesk): Promise<string[]> {
  const rows = await sql.query<{ case_no: string }>('SELECT case_no FROM cases WHERE hall_code = $1 AND desk_no = $2', [
    desk.hallCode,
    desk.deskNo,
  ]);
  return rows.map((row) => row.case_no);
}
