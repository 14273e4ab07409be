import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open-database';
import type { BatchReply, WireEvent } from '../../shared/sync/protocol';

export const maxEventsPerBatch = 200;
export const maxBatchBytes = 1024 * 1024;

interface OutboxRow {
  seq: number;
  event_id: string;
  entity: string;
  entity_id: string;
  op: string;
  payload: string;
  created_at: string;
  batch_id: string | null;
}

export interface PreparedBatch {
  batchId: string;
  events: WireEvent[];
}

function toEvent(row: OutboxRow): WireEvent {
  return {
    eventId: row.event_id,
    seq: row.seq,
    entity: row.entity,
    entityId: row.entity_id,
    op: row.op,
    payloadJson: row.payload,
    createdAt: row.created_at,
  };
}

/**
 * The next batch to send, in outbox order. A batch once formed keeps its id and its events
 * until the centre acknowledges it, so a resend after a lost answer or a crash is the same batch
 * and the centre answers it without applying anything twice.
 */
export function prepareBatch(db: Db): PreparedBatch | null {
  return db
    .transaction(() => {
      const open = db.prepare('SELECT * FROM outbox WHERE sent_at IS NULL AND batch_id IS NOT NULL ORDER BY seq').all() as OutboxRow[];
      if (open.length > 0)
        return { batchId: open[0]!.batch_id!, events: open.filter((r) => r.batch_id === open[0]!.batch_id).map(toEvent) };
      const candidates = db
        .prepare('SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?')
        .all(maxEventsPerBatch) as OutboxRow[];
      if (candidates.length === 0) return null;
      const chosen: OutboxRow[] = [];
      let bytes = 0;
      for (const row of candidates) {
        bytes += row.payload.length + 200;
        if (chosen.length > 0 && bytes > maxBatchBytes) break;
        chosen.push(row);
      }
      const batchId = randomUUID();
      const assign = db.prepare('UPDATE outbox SET batch_id = ? WHERE seq = ?');
      for (const row of chosen) assign.run(batchId, row.seq);
      return { batchId, events: chosen.map(toEvent) };
    })
    .immediate();
}

/**
 * Marks what the centre acknowledged. Applied and duplicate events are done; a rejected event is
 * done too (it will never be accepted as it is) and goes to the error list for the supervisor,
 * so it never holds up the events behind it.
 */
export function acknowledgeBatch(db: Db, batch: PreparedBatch, reply: BatchReply, at: string): { sent: number; rejected: number } {
  const byId = new Map(batch.events.map((e) => [e.eventId, e]));
  return db
    .transaction(() => {
      let sent = 0;
      let rejected = 0;
      const markSent = db.prepare('UPDATE outbox SET sent_at = ? WHERE event_id = ? AND sent_at IS NULL');
      const recordError = db.prepare(
        `INSERT INTO sync_errors (event_id, seq, entity, entity_id, op, reason, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (event_id) DO NOTHING`,
      );
      for (const result of reply.results) {
        const event = byId.get(result.eventId);
        if (!event) continue;
        sent += markSent.run(at, result.eventId).changes;
        if (result.status === 'rejected') {
          rejected += 1;
          recordError.run(
            event.eventId,
            event.seq,
            event.entity,
            event.entityId,
            event.op,
            result.reason ?? '中心平台拒收，未说明原因',
            at,
          );
        }
      }
      return { sent, rejected };
    })
    .immediate();
}

export function pendingEvents(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
}
