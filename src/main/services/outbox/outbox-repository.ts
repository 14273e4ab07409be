import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import type { SyncOperation } from '../../../shared/sync/protocol';
import type { Db } from '../../db/open-database';

export type OutboxEvent = SyncOperation & { entityId: string; at: string };

/**
 * Records a change for the central platform; call inside the transaction that made it. The
 * payload is stored once, as its canonical JSON: these are the bytes sent and hashed, unchanged.
 */
export function appendOutbox(db: Db, event: OutboxEvent): string {
  const eventId = randomUUID();
  db.prepare(
    `INSERT INTO outbox (event_id, entity, entity_id, op, payload, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(eventId, event.entity, event.entityId, event.op, canonicalJson(event.payload), event.at);
  return eventId;
}

export function countPendingOutbox(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
}
