import type { SqlQueries } from '../db/sql';

/** One batch waiting for the background payload check: its new events are those of the batch in the seq range. */
export interface QueuedCheck {
  hall_code: string;
  desk_id: string;
  desk_no: string;
  batch_id: string;
  first_seq: number;
  last_seq: number;
}

export interface QueuedEvent {
  seq: number;
  event_id: string;
  entity: string;
  entity_id: string;
  op: string;
  payload: string | null;
  created_at: string;
}

export interface QuarantineRecord {
  seq: number;
  eventId: string;
  entity: string;
  entityId: string;
  op: string;
  reason: string;
}

/**
 * The oldest queued batch (of one hall, or any), locked so that two checkers never take the same
 * one: a batch another checker holds is skipped, or, with `waitForOthers` (a reader settling its
 * hall, settle-projections.ts), waited for.
 */
export async function takeQueuedCheck(tx: SqlQueries, hallCode: string | null, waitForOthers = false): Promise<QueuedCheck | undefined> {
  const rows = await tx.query<QueuedCheck>(
    `SELECT q.hall_code, q.desk_id::text AS desk_id, d.desk_no, q.batch_id::text AS batch_id, q.first_seq, q.last_seq
     FROM payload_check_queue q JOIN desks d ON d.id = q.desk_id
     WHERE $1::text IS NULL OR q.hall_code = $1
     ORDER BY q.queued_at, q.hall_code, q.desk_id, q.batch_id
     LIMIT 1
     FOR UPDATE OF q ${waitForOthers ? '' : 'SKIP LOCKED'}`,
    [hallCode],
  );
  return rows[0];
}

export async function queuedEvents(tx: SqlQueries, check: QueuedCheck): Promise<QueuedEvent[]> {
  return tx.query<QueuedEvent>(
    `SELECT seq, event_id::text AS event_id, entity, entity_id, op, payload, created_at FROM received_events
     WHERE hall_code = $1 AND desk_id = $2 AND seq BETWEEN $3 AND $4 AND batch_id = $5
     ORDER BY seq`,
    [check.hall_code, check.desk_id, check.first_seq, check.last_seq, check.batch_id],
  );
}

/** Quarantines the events and counts them on the desk's row, then takes the batch off the queue. */
export async function finishQueuedCheck(tx: SqlQueries, check: QueuedCheck, records: readonly QuarantineRecord[]): Promise<void> {
  if (records.length > 0) {
    await tx.query(
      `WITH quarantined AS (
         INSERT INTO quarantined_events (hall_code, desk_id, seq, event_id, entity, entity_id, op, reason)
         SELECT $1, $2, r.seq, r.event_id, r.entity, r.entity_id, r.op, r.reason
         FROM unnest($3::bigint[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[])
           AS r(seq, event_id, entity, entity_id, op, reason)
         ORDER BY r.seq
         ON CONFLICT (hall_code, desk_id, seq) DO NOTHING
         RETURNING seq
       )
       UPDATE desks SET quarantined_events = quarantined_events + (SELECT count(*) FROM quarantined) WHERE id = $2`,
      [
        check.hall_code,
        check.desk_id,
        records.map((r) => r.seq),
        records.map((r) => r.eventId),
        records.map((r) => r.entity),
        records.map((r) => r.entityId),
        records.map((r) => r.op),
        records.map((r) => r.reason),
      ],
    );
  }
  await tx.query('DELETE FROM payload_check_queue WHERE hall_code = $1 AND desk_id = $2 AND batch_id = $3', [
    check.hall_code,
    check.desk_id,
    check.batch_id,
  ]);
}
