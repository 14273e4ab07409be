import { randomUUID } from 'node:crypto';
import { batchLimits, seqTakenReason, type BatchReply } from '../../shared/sync/protocol';
import type { Db } from '../db/open-database';
import {
  batchRows,
  closeBatch,
  countPendingEvents,
  insertBatch,
  markOutOfQueue,
  markSeqsOutOfQueue,
  nextUnbatchedRows,
  oldestOpenBatchId,
} from './outbox-repository';
import { batchBody, encodeEvent, envelopeBytes, type EncodedEvent } from './batch-body';
import { recordSyncError, type SetAsideEvent } from './sync-errors-repository';
import { enqueueAcknowledgedPages } from './page-upload/enqueue-acknowledged-pages';

/** What the desk puts in one batch: below the centre's caps (batchLimits), bytes counted in UTF-8. */
export interface DeskBatchLimits {
  events: number;
  bytes: number;
}

export const deskBatchLimits: DeskBatchLimits = { events: batchLimits.maxEvents, bytes: 4 * 1024 * 1024 };

/** One event of a prepared batch: what the acknowledgement and the error list need. */
export type BatchEvent = SetAsideEvent;

export interface PreparedBatch {
  batchId: string;
  events: BatchEvent[];
  /** The request body as sent, in UTF-8: each payload spliced in as the stored text (payloadJson). */
  body: Buffer;
}

function tooLargeReason(bytes: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `事件内容过大（约 ${mb} MB），超过中心平台每批 ${batchLimits.maxBytes / 1024 / 1024} MB 的上限，无法发送；已移出发送队列，请联系技术支持`;
}

/** Out of the queue and onto the supervisor's list: it never blocks the events behind it. */
function setAside(db: Db, event: BatchEvent, reason: string, at: string): void {
  recordSyncError(db, event, reason, at);
  markOutOfQueue(db, event.eventId, at);
}

/**
 * What must not be in two batches on the way at once, since the centre could apply them in either
 * order: the events of one case (its case events, documents, ratings and follow-ups), or of one
 * other record. A desk-settings event may declare a case-number format later events rely on, so
 * it never travels beside another batch.
 */
function orderingKey(event: BatchEvent): string {
  if (event.entity === 'desk-settings') return 'desk-settings';
  if (event.entity === 'case' || event.entity === 'case-document') return `case:${event.entityId}`;
  if (event.entity === 'rating' || event.entity === 'follow-up') return `case:${event.entityId.split('/')[0] ?? ''}`;
  return `${event.entity}:${event.entityId}`;
}

/**
 * The next batch to send, in outbox order. A batch once formed keeps its id and its events until
 * the centre answers it, so a resend after a lost answer or a crash is the same batch and the
 * centre answers it without applying anything twice. The open batch is one row of
 * outbox_batches and its events come through an index: no pending payload is walked to find it.
 * An event that alone passes the centre's byte cap is set aside, never sent.
 *
 * With batches already on the way (`inFlight`), the next one is an open batch not among them, or
 * new rows up to the first that shares an ordering key with them (none when the first does):
 * events of one case are never in two batches at once.
 */
export function prepareBatch(
  db: Db,
  at: string,
  limits: DeskBatchLimits = deskBatchLimits,
  inFlight: readonly PreparedBatch[] = [],
): PreparedBatch | null {
  const busy = new Set(inFlight.flatMap((batch) => batch.events.map(orderingKey)));
  const blocked = (row: EncodedEvent) => busy.size > 0 && (busy.has('desk-settings') || busy.has(orderingKey(row.event)));
  return db
    .transaction((): PreparedBatch | null => {
      const openId = oldestOpenBatchId(
        db,
        inFlight.map((batch) => batch.batchId),
      );
      if (openId !== null) {
        const rows = batchRows(db, openId).map(encodeEvent);
        if (rows.length > 0) return { batchId: openId, events: rows.map((r) => r.event), body: batchBody(openId, rows) };
        closeBatch(db, openId);
      }
      for (
        let candidates = nextUnbatchedRows(db, limits.events);
        candidates.length > 0;
        candidates = nextUnbatchedRows(db, limits.events)
      ) {
        const { chosen, stopped } = fill(db, candidates.map(encodeEvent), limits, at, blocked);
        if (chosen.length === 0) {
          if (stopped) return null;
          continue;
        }
        const batchId = randomUUID();
        insertBatch(
          db,
          batchId,
          chosen.map((r) => r.event.seq),
          at,
        );
        return { batchId, events: chosen.map((r) => r.event), body: batchBody(batchId, chosen) };
      }
      return null;
    })
    .immediate();
}

/**
 * The leading rows that fit the limits, up to the first one `blocked` refuses (then `stopped`);
 * a row too large for any batch is set aside on the way.
 */
function fill(
  db: Db,
  rows: readonly EncodedEvent[],
  limits: DeskBatchLimits,
  at: string,
  blocked: (row: EncodedEvent) => boolean,
): { chosen: EncodedEvent[]; stopped: boolean } {
  const chosen: EncodedEvent[] = [];
  let bytes = envelopeBytes;
  for (const row of rows) {
    if (blocked(row)) return { chosen, stopped: true };
    if (envelopeBytes + row.bytes > batchLimits.maxBytes) {
      if (chosen.length > 0) break;
      setAside(db, row.event, tooLargeReason(row.bytes), at);
      continue;
    }
    if (chosen.length > 0 && bytes + row.bytes + 1 > limits.bytes) break;
    bytes += row.bytes + 1;
    chosen.push(row);
  }
  return { chosen, stopped: false };
}

/**
 * The centre answered 413: the batch is too big for it. It is split in two halves under new batch
 * ids (event ids unchanged), sent in order; a single event the centre still refuses as too large
 * is set aside for the supervisor.
 */
export function splitBatch(db: Db, batch: PreparedBatch, at: string): void {
  db.transaction(() => {
    closeBatch(db, batch.batchId);
    const [only] = batch.events;
    if (batch.events.length === 1 && only) {
      setAside(db, only, tooLargeReason(batch.body.length), at);
      return;
    }
    const half = Math.ceil(batch.events.length / 2);
    for (const part of [batch.events.slice(0, half), batch.events.slice(half)]) {
      insertBatch(
        db,
        randomUUID(),
        part.map((e) => e.seq),
        at,
      );
    }
  }).immediate();
}

/**
 * Marks what the centre acknowledged. Applied and duplicate events are done; a rejected event is
 * done too (it will never be accepted as it is) and goes to the error list for the supervisor,
 * so it never holds up the events behind it. An event refused because the centre holds its seq
 * under another event (a desk restored from an old backup) stays in the queue: `taken` lists those
 * seqs, for the desk to number them above the window's high-water seq (start-from-snapshot.ts).
 */
export function acknowledgeBatch(
  db: Db,
  batch: PreparedBatch,
  reply: BatchReply,
  at: string,
): { sent: number; rejected: number; taken: number[] } {
  const byId = new Map(batch.events.map((e) => [e.eventId, e]));
  return db
    .transaction(() => {
      const done: BatchEvent[] = [];
      const refused: { event: BatchEvent; reason: string }[] = [];
      const taken: number[] = [];
      for (const result of reply.results) {
        const event = byId.get(result.eventId);
        if (!event) continue;
        if (result.status !== 'rejected') done.push(event);
        else if (result.reason === seqTakenReason) taken.push(event.seq);
        else refused.push({ event, reason: result.reason ?? '中心平台拒收，未说明原因' });
      }
      // The applied and duplicate events in one statement, their pages read in one more.
      let sent = markSeqsOutOfQueue(
        db,
        done.map((e) => e.seq),
        at,
      );
      enqueueAcknowledgedPages(db, done, at);
      for (const { event, reason } of refused) {
        sent += markOutOfQueue(db, event.eventId, at);
        recordSyncError(db, event, reason, at);
      }
      closeBatch(db, batch.batchId);
      return { sent, rejected: refused.length, taken };
    })
    .immediate();
}

export function pendingEvents(db: Db): number {
  return countPendingEvents(db);
}
