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
 * A batch costs a handful of round trips however many events it holds. The seqs the ledger
 * already holds are read first (one index probe per event); the new rows are then COPYed straight
 * into the ledger: COPY reads long payload text far cheaper than any INSERT, and PostgreSQL parses
 * each payload once. COPY has no ON CONFLICT: a row another transaction stored since the probe (the
 * same batch resent while its first copy was still being applied) fails the COPY with a unique
 * violation, and apply-batch.ts applies the batch again from the top (it then sees that row).
 */

const ledgerColumns = [
  'hall_code',
  'desk_id',
  'seq',
  'event_id',
  'batch_id',
  'entity',
  'entity_id',
  'op',
  'payload',
  'created_at',
] as const;

/** What the ledger already holds under one of the batch's seqs. */
export interface HeldLedgerEvent {
  eventId: string;
  /** Why the background payload check quarantined it; null when it did not. */
  quarantineReason: string | null;
}

/** The ledger's event id (and quarantine reason) under each of these seqs of the desk that it holds. */
export async function heldLedgerEvents(
  tx: SqlQueries,
  desk: AuthenticatedDesk,
  seqs: readonly number[],
): Promise<Map<number, HeldLedgerEvent>> {
  if (seqs.length === 0) return new Map();
  const rows = await tx.query<{ seq: number; event_id: string; reason: string | null }>(
    `SELECT e.seq, e.event_id::text AS event_id, q.reason FROM received_events e
     LEFT JOIN quarantined_events q ON q.hall_code = e.hall_code AND q.desk_id = e.desk_id AND q.seq = e.seq
     WHERE e.hall_code = $1 AND e.desk_id = $2 AND e.seq = ANY($3::bigint[])`,
    [desk.hallCode, desk.id, [...seqs]],
  );
  return new Map(rows.map((row) => [row.seq, { eventId: row.event_id.toLowerCase(), quarantineReason: row.reason }]));
}

/** Stores rows the ledger does not hold (heldLedgerEvents), in seq order. */
export async function copyLedgerRows(tx: SqlQueries, desk: AuthenticatedDesk, batchId: string, rows: readonly LedgerRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.copyRows(
    'received_events',
    ledgerColumns,
    [...rows]
      .sort((a, b) => a.seq - b.seq)
      .map((r) => [desk.hallCode, desk.id, r.seq, r.eventId, batchId, r.entity, r.entityId, r.op, r.payloadText, r.createdAt]),
  );
}

/** The event id the ledger holds under each of these seqs of the desk. */
export async function ledgerEventIds(tx: SqlQueries, desk: AuthenticatedDesk, seqs: readonly number[]): Promise<Map<number, string>> {
  const held = await heldLedgerEvents(tx, desk, seqs);
  return new Map([...held].map(([seq, event]) => [seq, event.eventId]));
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
