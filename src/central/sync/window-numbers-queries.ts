import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';

/**
 * The number series a window keeps only in the centre's ledger: the type and 文号 of every
 * original document it printed, and the number of every 全程代办 project it opened. Their
 * payloads are never pruned (retention prunes case events only, ledger-retention.ts).
 */
export async function windowDocumentNos(
  sql: SqlQueries,
  desk: AuthenticatedDesk,
): Promise<{ doc_type: string | null; doc_no: string | null }[]> {
  return sql.query<{ doc_type: string | null; doc_no: string | null }>(
    `SELECT p.payload->>'docType' AS doc_type, p.payload->>'docNo' AS doc_no
     FROM (SELECT payload::jsonb AS payload FROM received_events
           WHERE hall_code = $1 AND desk_id = $2 AND entity = 'case-document' AND op = 'print.printed' AND payload IS NOT NULL) p`,
    [desk.hallCode, desk.id],
  );
}

export async function windowProjectNos(sql: SqlQueries, desk: AuthenticatedDesk): Promise<string[]> {
  const rows = await sql.query<{ project_no: string }>(
    `SELECT DISTINCT entity_id AS project_no FROM received_events
     WHERE hall_code = $1 AND desk_id = $2 AND entity = 'project' AND op = 'project.created'`,
    [desk.hallCode, desk.id],
  );
  return rows.map((row) => row.project_no);
}
