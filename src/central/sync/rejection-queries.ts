import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';

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
  await tx.query(
    `INSERT INTO rejected_events (hall_code, desk_id, batch_id, event_id, entity, entity_id, op, event_json, reason)
     SELECT $1, $2, $3, r.event_id, r.entity, r.entity_id, r.op, r.event_json, r.reason
     FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
       AS r(event_id, entity, entity_id, op, event_json, reason)
     ORDER BY r.event_id
     ON CONFLICT (hall_code, desk_id, event_id) DO UPDATE SET
       batch_id = EXCLUDED.batch_id,
       event_json = EXCLUDED.event_json,
       reason = EXCLUDED.reason,
       attempts = rejected_events.attempts + 1,
       last_rejected_at = now(),
       resolved_at = NULL`,
    [
      desk.hallCode,
      desk.id,
      batchId,
      records.map((r) => r.eventId),
      records.map((r) => r.entity),
      records.map((r) => r.entityId),
      records.map((r) => r.op),
      records.map((r) => r.eventJson),
      records.map((r) => r.reason),
    ],
  );
}

/** An event the centre once rejected and now accepted (after an upgrade, say) leaves the error list. */
export async function resolveRejectedEvents(tx: SqlQueries, desk: AuthenticatedDesk, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.query(
    `UPDATE rejected_events SET resolved_at = now()
     WHERE hall_code = $1 AND desk_id = $2 AND resolved_at IS NULL AND event_id = ANY($3::text[])`,
    [desk.hallCode, desk.id, [...eventIds]],
  );
}
