import type { SqlQueries } from '../db/sql';

export interface LedgerCaseRow {
  hall_code: string;
  case_no: string;
  event_id: string;
  /** The text of the case's latest event (null once pruned). */
  payload: string | null;
}

/** A page of every hall's cases after (hallCode, caseNo), with their latest event, in key order. */
export async function ledgerCasesPage(
  tx: SqlQueries,
  after: { hallCode: string; caseNo: string },
  limit: number,
): Promise<LedgerCaseRow[]> {
  return tx.query<LedgerCaseRow>(
    `SELECT c.hall_code, c.case_no, c.last_event_id::text AS event_id, e.payload
     FROM cases c
     LEFT JOIN received_events e ON e.hall_code = c.hall_code AND e.desk_id = c.last_desk_id AND e.seq = c.last_seq
     WHERE (c.hall_code, c.case_no) > ($1, $2)
     ORDER BY c.hall_code, c.case_no
     LIMIT $3`,
    [after.hallCode, after.caseNo, limit],
  );
}

export interface LedgerRecordRow {
  hall_code: string;
  entity: string;
  entity_id: string;
  payload: string | null;
}

/** The latest event of every rating and follow-up the centre holds (a few per 差评, read once). */
export async function latestRatingEvents(tx: SqlQueries): Promise<LedgerRecordRow[]> {
  return tx.query<LedgerRecordRow>(
    `SELECT DISTINCT ON (e.hall_code, e.entity, e.entity_id) e.hall_code, e.entity, e.entity_id, e.payload
     FROM received_events e
     WHERE e.entity IN ('rating', 'follow-up') AND NOT (e.entity = 'rating' AND e.op <> 'rating.submitted')
     ORDER BY e.hall_code, e.entity, e.entity_id, e.received_at DESC, e.seq DESC`,
  );
}
