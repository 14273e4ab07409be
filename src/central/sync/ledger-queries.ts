import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';

/** One accepted event as the ledger keeps it: the payload is the text the centre stores. */
export interface LedgerRow {
  seq: number;
  eventId: string;
  entity: string;
  entityId: string;
  op: string;
  payloadText: string;
  createdAt: string;
}

/*
 * A batch costs a handful of round trips however many events it holds: its ledger rows are COPYed
 * into a session-local staging table (COPY reads long payload text far cheaper than an array
 * parameter) and inserted from there in one statement; the other statements take one array per
 * column (unnest). Rows go in key order, so two transactions touching the same rows lock them in
 * the same order and cannot deadlock.
 */

const stagingColumns = ['seq', 'event_id', 'entity', 'entity_id', 'op', 'payload', 'created_at'] as const;

/** Returns the seqs that were new; the others were already in the desk's ledger. */
export async function insertLedgerRows(
  tx: SqlQueries,
  desk: AuthenticatedDesk,
  batchId: string,
  rows: readonly LedgerRow[],
): Promise<Set<number>> {
  if (rows.length === 0) return new Set();
  // Emptied at every commit; created once per connection (the statement is a no-op after that).
  await tx.query(
    `CREATE TEMP TABLE IF NOT EXISTS incoming_ledger_rows (
       seq bigint, event_id uuid, entity text, entity_id text, op text, payload text, created_at text
     ) ON COMMIT DELETE ROWS`,
  );
  await tx.copyRows(
    'incoming_ledger_rows',
    stagingColumns,
    rows.map((r) => [r.seq, r.eventId, r.entity, r.entityId, r.op, r.payloadText, r.createdAt]),
  );
  const inserted = await tx.query<{ seq: number }>(
    `INSERT INTO received_events (hall_code, desk_id, seq, event_id, batch_id, entity, entity_id, op, payload, created_at)
     SELECT $1, $2, r.seq, r.event_id, $3, r.entity, r.entity_id, r.op, r.payload, r.created_at
     FROM incoming_ledger_rows r
     ORDER BY r.seq
     ON CONFLICT (hall_code, desk_id, seq) DO NOTHING
     RETURNING seq`,
    [desk.hallCode, desk.id, batchId],
  );
  return new Set(inserted.map((row) => row.seq));
}

/** The event id the ledger holds under each of these seqs of the desk. */
export async function ledgerEventIds(tx: SqlQueries, desk: AuthenticatedDesk, seqs: readonly number[]): Promise<Map<number, string>> {
  if (seqs.length === 0) return new Map();
  const rows = await tx.query<{ seq: number; event_id: string }>(
    `SELECT seq, event_id::text AS event_id FROM received_events
     WHERE hall_code = $1 AND desk_id = $2 AND seq = ANY($3::bigint[])`,
    [desk.hallCode, desk.id, [...seqs]],
  );
  return new Map(rows.map((row) => [row.seq, row.event_id.toLowerCase()]));
}

/**
 * Drops the payload text of up to `limit` of a hall's case events received before `before` whose
 * case has since moved on to a later event; the row stays (its seq still deduplicates a resend).
 * Returns how many were pruned.
 */
export async function pruneSupersededCasePayloads(sql: SqlQueries, hallCode: string, before: Date, limit: number): Promise<number> {
  const rows = await sql.query<{ seq: number }>(
    `UPDATE received_events SET payload = NULL
     WHERE hall_code = $1 AND (desk_id, seq) IN (
       SELECT e.desk_id, e.seq FROM received_events e
       WHERE e.hall_code = $1 AND e.entity = 'case' AND e.payload IS NOT NULL AND e.received_at < $2
         AND EXISTS (SELECT 1 FROM cases c WHERE c.hall_code = e.hall_code AND c.case_no = e.entity_id
                     AND (c.last_desk_id <> e.desk_id OR c.last_seq > e.seq))
       LIMIT $3)
     RETURNING seq`,
    [hallCode, before, limit],
  );
  return rows.length;
}

export async function allHallCodes(sql: SqlQueries): Promise<string[]> {
  const rows = await sql.query<{ code: string }>('SELECT code FROM halls ORDER BY code');
  return rows.map((row) => row.code);
}
