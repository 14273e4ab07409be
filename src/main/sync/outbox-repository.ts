import type { Db } from '../db/open-database';
import { cachedStatement } from '../db/statement-cache';

/**
 * An outbox row as the sync engine sends it. `quoted_payload` is the stored canonical JSON text
 * quoted as a JSON string by SQLite (json_quote escapes exactly as JSON.stringify does), as UTF-8
 * bytes: it goes into the request body without being decoded, escaped or measured again in JS.
 */
export interface OutboxRow {
  seq: number;
  event_id: string;
  entity: string;
  entity_id: string;
  op: string;
  quoted_payload: Buffer;
  created_at: string;
}

const rowColumns = 'seq, event_id, entity, entity_id, op, CAST(json_quote(payload) AS BLOB) AS quoted_payload, created_at';

/**
 * The open batch formed first, other than those already on the way: one row of a table that
 * holds only the unacknowledged batches (at most a few).
 */
export function oldestOpenBatchId(db: Db, except: readonly string[] = []): string | null {
  const row = cachedStatement(
    db,
    'SELECT batch_id FROM outbox_batches WHERE batch_id NOT IN (SELECT value FROM json_each(?)) ORDER BY first_seq LIMIT 1',
  ).get(JSON.stringify(except)) as { batch_id: string } | undefined;
  return row?.batch_id ?? null;
}

export function openBatchCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM outbox_batches').get() as { n: number }).n;
}

/** The unsent rows of one batch, through the partial index on (batch_id, seq). */
export function batchRows(db: Db, batchId: string): OutboxRow[] {
  return cachedStatement(db, `SELECT ${rowColumns} FROM outbox WHERE batch_id = ? AND sent_at IS NULL ORDER BY seq`).all(
    batchId,
  ) as OutboxRow[];
}

/** The next unsent rows in no batch yet, in outbox order. */
export function nextUnbatchedRows(db: Db, limit: number): OutboxRow[] {
  return cachedStatement(db, `SELECT ${rowColumns} FROM outbox WHERE sent_at IS NULL AND batch_id IS NULL ORDER BY seq LIMIT ?`).all(
    limit,
  ) as OutboxRow[];
}

/**
 * Forms a batch of these rows (in seq order): they are resent under this id until acknowledged.
 * One statement for the whole batch, each row reached by its seq.
 */
export function insertBatch(db: Db, batchId: string, seqs: readonly number[], at: string): void {
  const first = seqs[0];
  if (first === undefined) throw new Error('a batch needs at least one event');
  cachedStatement(db, 'INSERT INTO outbox_batches (batch_id, first_seq, formed_at) VALUES (?, ?, ?)').run(batchId, first, at);
  cachedStatement(db, 'UPDATE outbox SET batch_id = ? WHERE seq IN (SELECT value FROM json_each(?))').run(batchId, JSON.stringify(seqs));
}

/** The batch is answered: rows it left unsent (none, unless a reply skipped some) go back to the queue. */
export function closeBatch(db: Db, batchId: string): void {
  cachedStatement(db, 'UPDATE outbox SET batch_id = NULL WHERE batch_id = ? AND sent_at IS NULL').run(batchId);
  cachedStatement(db, 'DELETE FROM outbox_batches WHERE batch_id = ?').run(batchId);
}

/** Out of the queue: acknowledged by the centre, or set aside for the supervisor. */
export function markOutOfQueue(db: Db, eventId: string, at: string): number {
  return cachedStatement(db, 'UPDATE outbox SET sent_at = ? WHERE event_id = ? AND sent_at IS NULL').run(at, eventId).changes;
}

/** The events with these seqs out of the queue at once (an acknowledged batch); how many were still in it. */
export function markSeqsOutOfQueue(db: Db, seqs: readonly number[], at: string): number {
  if (seqs.length === 0) return 0;
  return cachedStatement(db, 'UPDATE outbox SET sent_at = ? WHERE seq IN (SELECT value FROM json_each(?)) AND sent_at IS NULL').run(
    at,
    JSON.stringify(seqs),
  ).changes;
}

export function countPendingEvents(db: Db): number {
  return (cachedStatement(db, 'SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
}

/** The highest seq the outbox has issued (its AUTOINCREMENT counter). */
export function outboxCounter(db: Db): number {
  return (db.prepare("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0) AS seq").get() as { seq: number }).seq;
}

/**
 * Numbers every event not yet in a batch (from `fromSeq` on) above `highWaterSeq`, and the events
 * recorded from now on after them, so the centre never takes one for an older event of this
 * window (a replacement desk, or one restored from an old backup). Shifted past the highest seq
 * the table holds, keeping their order, so no two rows ever share one.
 */
export function raiseOutboxSeqAbove(db: Db, highWaterSeq: number, fromSeq = 0): number {
  const { lowest, highest } = db
    .prepare(
      'SELECT min(seq) FILTER (WHERE sent_at IS NULL AND batch_id IS NULL AND seq >= ?) AS lowest, coalesce(max(seq), 0) AS highest FROM outbox',
    )
    .get(fromSeq) as { lowest: number | null; highest: number };
  let moved = 0;
  if (lowest !== null && lowest <= highWaterSeq) {
    const shift = Math.max(highWaterSeq, highest) + 1 - lowest;
    moved = db
      .prepare('UPDATE outbox SET seq = seq + ? WHERE sent_at IS NULL AND batch_id IS NULL AND seq >= ?')
      .run(shift, lowest).changes;
  }
  const next = db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'outbox'").run(highWaterSeq);
  if (next.changes === 0) db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)").run(highWaterSeq);
  return moved;
}
