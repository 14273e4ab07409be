import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import type { CaseSnapshot } from './check-event';
import type { IncomingEvent } from './incoming-event';

/*
 * Set-based writes: each statement takes a whole batch as one jsonb parameter, so a batch costs a
 * handful of round trips however many events it holds. Rows are written in key order, so two
 * transactions touching the same rows lock them in the same order and cannot deadlock.
 */

export async function recordBatchReceipt(tx: SqlQueries, desk: AuthenticatedDesk, batchId: string, eventCount: number): Promise<void> {
  await tx.query(
    `INSERT INTO batches (batch_id, desk_id, event_count) VALUES ($1, $2, $3)
     ON CONFLICT (batch_id) DO UPDATE SET attempts = batches.attempts + 1, last_received_at = now()
     WHERE batches.desk_id = EXCLUDED.desk_id`,
    [batchId, desk.id, eventCount],
  );
  await tx.query('UPDATE desks SET last_batch_at = now() WHERE id = $1', [desk.id]);
}

/** Returns the ids (lower case) that were new; the others were already in the ledger. */
export async function insertReceivedEvents(
  tx: SqlQueries,
  desk: AuthenticatedDesk,
  batchId: string,
  events: readonly IncomingEvent[],
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const rows = events.map((e) => ({
    event_id: e.eventId,
    seq: e.seq,
    entity: e.entity,
    entity_id: e.entityId,
    op: e.op,
    payload: e.payload,
    created_at: e.createdAt,
  }));
  const inserted = await tx.query<{ event_id: string }>(
    `INSERT INTO received_events (event_id, desk_id, hall_code, batch_id, seq, entity, entity_id, op, payload, created_at)
     SELECT r.event_id::uuid, $2, $3, $4, r.seq, r.entity, r.entity_id, r.op, r.payload, r.created_at
     FROM jsonb_to_recordset($1::jsonb)
       AS r(event_id text, seq bigint, entity text, entity_id text, op text, payload jsonb, created_at text)
     ORDER BY r.event_id
     ON CONFLICT (event_id) DO NOTHING
     RETURNING event_id::text AS event_id`,
    [JSON.stringify(rows), desk.id, desk.hallCode, batchId],
  );
  return new Set(inserted.map((row) => row.event_id.toLowerCase()));
}

/** Of these already-received ids, the ones another desk sent. */
export async function eventIdsFromOtherDesks(tx: SqlQueries, desk: AuthenticatedDesk, eventIds: readonly string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const rows = await tx.query<{ event_id: string }>(
    `SELECT event_id::text AS event_id FROM received_events
     WHERE event_id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb)) AND desk_id <> $2`,
    [JSON.stringify(eventIds), desk.id],
  );
  return new Set(rows.map((row) => row.event_id.toLowerCase()));
}

export async function deleteReceivedEvents(tx: SqlQueries, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.query('DELETE FROM received_events WHERE event_id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))', [
    JSON.stringify(eventIds),
  ]);
}

export interface CaseWrite {
  snapshot: CaseSnapshot;
  eventId: string;
}

/**
 * Upserts case snapshots (one per case). A row owned by another hall is left alone; the returned
 * set holds the cases actually written, so the caller can reject the rest.
 */
export async function upsertCases(tx: SqlQueries, writes: readonly CaseWrite[]): Promise<Set<string>> {
  if (writes.length === 0) return new Set();
  const rows = writes.map(({ snapshot: s, eventId }) => ({
    case_no: s.caseNo,
    hall_code: s.hallCode,
    desk_no: s.deskNo,
    payload: s.payload,
    content_hash: s.contentHash,
    state: s.state,
    promised_date: s.promisedDate,
    query_code: s.queryCode,
    event_id: eventId,
  }));
  const written = await tx.query<{ case_no: string }>(
    `INSERT INTO cases (case_no, hall_code, desk_no, payload, content_hash, state, promised_date, query_code, last_event_id)
     SELECT r.case_no, r.hall_code, r.desk_no, r.payload, r.content_hash, r.state, r.promised_date::date, r.query_code, r.event_id::uuid
     FROM jsonb_to_recordset($1::jsonb) AS r(case_no text, hall_code text, desk_no text, payload jsonb,
       content_hash text, state text, promised_date text, query_code text, event_id text)
     ORDER BY r.case_no
     ON CONFLICT (case_no) DO UPDATE SET
       desk_no = EXCLUDED.desk_no,
       payload = EXCLUDED.payload,
       content_hash = EXCLUDED.content_hash,
       state = EXCLUDED.state,
       promised_date = EXCLUDED.promised_date,
       query_code = coalesce(EXCLUDED.query_code, cases.query_code),
       last_event_id = EXCLUDED.last_event_id,
       updated_at = now()
     WHERE cases.hall_code = EXCLUDED.hall_code
     RETURNING case_no`,
    [JSON.stringify(rows)],
  );
  return new Set(written.map((row) => row.case_no));
}

export interface RejectionRecord {
  eventId: string;
  entity: string;
  entityId: string;
  op: string;
  eventJson: string;
  reason: string;
}

/** One row per event id: a resent rejected event is counted again, not listed twice. */
export async function upsertRejectedEvents(
  tx: SqlQueries,
  desk: AuthenticatedDesk,
  batchId: string,
  records: readonly RejectionRecord[],
): Promise<void> {
  if (records.length === 0) return;
  const rows = records.map((r) => ({
    event_id: r.eventId,
    entity: r.entity,
    entity_id: r.entityId,
    op: r.op,
    event_json: r.eventJson,
    reason: r.reason,
  }));
  await tx.query(
    `INSERT INTO rejected_events (event_id, desk_id, hall_code, batch_id, entity, entity_id, op, event_json, reason)
     SELECT r.event_id, $2, $3, $4, r.entity, r.entity_id, r.op, r.event_json, r.reason
     FROM jsonb_to_recordset($1::jsonb)
       AS r(event_id text, entity text, entity_id text, op text, event_json text, reason text)
     ORDER BY r.event_id
     ON CONFLICT (event_id) DO UPDATE SET
       batch_id = EXCLUDED.batch_id,
       event_json = EXCLUDED.event_json,
       reason = EXCLUDED.reason,
       attempts = rejected_events.attempts + 1,
       last_rejected_at = now(),
       resolved_at = NULL`,
    [JSON.stringify(rows), desk.id, desk.hallCode, batchId],
  );
}

/** An event the centre once rejected and now accepted (after an upgrade, say) leaves the error list. */
export async function resolveRejectedEvents(tx: SqlQueries, desk: AuthenticatedDesk, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.query(
    `UPDATE rejected_events SET resolved_at = now()
     WHERE desk_id = $2 AND resolved_at IS NULL AND event_id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(eventIds), desk.id],
  );
}
