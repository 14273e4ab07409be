import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open-database';

export interface OutboxEvent {
  entity: string;
  entityId: string;
  op: string;
  payload: unknown;
  at: string;
}

/** Records a change for the central platform; call inside the transaction that made it. */
export function appendOutbox(db: Db, event: OutboxEvent): string {
  const eventId = randomUUID();
  db.prepare(
    `INSERT INTO outbox (event_id, entity, entity_id, op, payload, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(eventId, event.entity, event.entityId, event.op, JSON.stringify(event.payload), event.at);
  return eventId;
}

export function countPendingOutbox(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
}
