import type { Db } from '../db/open-database';

export interface SyncErrorRow {
  eventId: string;
  seq: number;
  entity: string;
  entityId: string;
  op: string;
  reason: string;
  rejectedAt: string;
}

export function listSyncErrors(db: Db, limit = 200): SyncErrorRow[] {
  return db
    .prepare(
      `SELECT event_id AS eventId, seq, entity, entity_id AS entityId, op, reason, rejected_at AS rejectedAt
       FROM sync_errors ORDER BY rejected_at DESC, seq DESC LIMIT ?`,
    )
    .all(limit) as SyncErrorRow[];
}

export function countSyncErrors(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM sync_errors').get() as { n: number }).n;
}

/** A pulled change the desk could not apply as it stands; shown with the rejected events. */
export function recordPullConflict(db: Db, key: string, entity: string, entityId: string, reason: string, at: string): void {
  db.prepare(
    `INSERT INTO sync_errors (event_id, seq, entity, entity_id, op, reason, rejected_at) VALUES (?, -1, ?, ?, 'pull', ?, ?)
     ON CONFLICT (event_id) DO NOTHING`,
  ).run(key, entity, entityId, reason, at);
}

export interface SetAsideEvent {
  eventId: string;
  seq: number;
  entity: string;
  entityId: string;
  op: string;
}

/** An event out of the queue for the supervisor's list: refused by the centre, or too large to send. */
export function recordSyncError(db: Db, event: SetAsideEvent, reason: string, at: string): void {
  db.prepare(
    `INSERT INTO sync_errors (event_id, seq, entity, entity_id, op, reason, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (event_id) DO NOTHING`,
  ).run(event.eventId, event.seq, event.entity, event.entityId, event.op, reason, at);
}
