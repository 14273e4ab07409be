import type { Sql, SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import type { BatchEnvelope } from './batch-request';
import {
  deleteReceivedEvents,
  eventIdsFromOtherDesks,
  insertReceivedEvents,
  recordBatchReceipt,
  resolveRejectedEvents,
  upsertCases,
  upsertRejectedEvents,
} from './batch-statements';
import type { CaseWrite, RejectionRecord } from './batch-statements';
import { checkEvent, otherHallReason, withoutQueryCode } from './check-event';
import { formatsDeclaredIn, learnFormats } from './declared-formats';
import type { CheckedEvent } from './check-event';
import type { IncomingEvent } from './incoming-event';
import { storableText } from './storable-json';

export type EventStatus = 'applied' | 'duplicate' | 'rejected';

export interface EventResult {
  eventId: string;
  status: EventStatus;
  reason?: string;
}

export interface BatchResult {
  batchId: string;
  results: EventResult[];
}

const eventIdTakenReason = '事件编号已被其他窗口使用，请检查本窗口的数据';

type Accepted = Extract<CheckedEvent, { kind: 'accepted' }> & { index: number; key: string };

/**
 * Applies a batch in one transaction, each event at most once: the ledger insert decides whether
 * an event is new ('applied') or already known ('duplicate'); a resent batch is thus acknowledged
 * without being applied again. A rejected event is answered with its reason and never fails the
 * events around it.
 */
export async function applyBatch(sql: Sql, desk: AuthenticatedDesk, batch: BatchEnvelope): Promise<BatchResult> {
  return sql.transaction(async (tx) => {
    const knowing = await learnFormats(tx, desk, formatsDeclaredIn(batch.events));
    const checked = batch.events.map((raw) => checkEvent(raw, knowing));
    return applyChecked(tx, knowing, batch, checked);
  });
}

async function applyChecked(
  tx: SqlQueries,
  desk: AuthenticatedDesk,
  batch: BatchEnvelope,
  checked: readonly CheckedEvent[],
): Promise<BatchResult> {
  const results: EventResult[] = checked.map((c) => ({ eventId: c.kind === 'accepted' ? c.event.eventId : c.eventId, status: 'applied' }));
  const rejections: RejectionRecord[] = [];
  const reject = (index: number, reason: string, raw: unknown) => {
    results[index] = { eventId: results[index]?.eventId ?? '', status: 'rejected', reason };
    rejections.push(rejectionRecord(raw, reason));
  };

  const accepted: Accepted[] = [];
  const seenInBatch = new Set<string>();
  checked.forEach((c, index) => {
    if (c.kind === 'rejected') return reject(index, c.reason, c.raw);
    const key = c.event.eventId.toLowerCase();
    if (seenInBatch.has(key)) results[index] = { eventId: c.event.eventId, status: 'duplicate' };
    else accepted.push({ ...c, index, key });
    seenInBatch.add(key);
  });

  await recordBatchReceipt(tx, desk, batch.batchId, batch.events.length);
  const fresh = await insertReceivedEvents(
    tx,
    desk,
    batch.batchId,
    accepted.map((a) => a.event),
  );
  const known = accepted.filter((a) => !fresh.has(a.key));
  const taken = await eventIdsFromOtherDesks(
    tx,
    desk,
    known.map((a) => a.key),
  );
  for (const a of known) {
    if (taken.has(a.key)) reject(a.index, eventIdTakenReason, a.event);
    else results[a.index] = { eventId: a.event.eventId, status: 'duplicate' };
  }

  const newCaseEvents = accepted.filter((a) => fresh.has(a.key) && a.snapshot !== null);
  const written = await upsertCases(tx, latestSnapshotPerCase(newCaseEvents));
  const blocked = newCaseEvents.filter((a) => a.snapshot !== null && !written.has(a.snapshot.caseNo));
  // The case number is another hall's on the centre: the ledger must not keep these as applied.
  await deleteReceivedEvents(
    tx,
    blocked.map((a) => a.key),
  );
  for (const a of blocked) reject(a.index, otherHallReason, a.event);

  await upsertRejectedEvents(tx, desk, batch.batchId, dedupeById(rejections));
  const settled = results.filter((r) => r.status !== 'rejected').map((r) => r.eventId.toLowerCase());
  await resolveRejectedEvents(tx, desk, settled);
  return { batchId: batch.batchId, results };
}

/**
 * Several events of one case in a batch: the one with the highest seq is the case's state, and
 * a query code any of them carried is kept, as it would be had they come in separate batches.
 */
function latestSnapshotPerCase(events: readonly Accepted[]): CaseWrite[] {
  const inOrder = [...events].sort((a, b) => a.event.seq - b.event.seq);
  const latest = new Map<string, CaseWrite>();
  for (const a of inOrder) {
    if (a.snapshot === null) continue;
    const queryCode = a.snapshot.queryCode ?? latest.get(a.snapshot.caseNo)?.snapshot.queryCode ?? null;
    latest.set(a.snapshot.caseNo, { snapshot: { ...a.snapshot, queryCode }, eventId: a.event.eventId });
  }
  return [...latest.values()];
}

function rejectionRecord(raw: unknown, reason: string): RejectionRecord {
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof IncomingEvent, unknown>>;
  const text = (value: unknown, max: number) => storableText(typeof value === 'string' ? value : '', max);
  return {
    eventId: text(fields.eventId, 100).toLowerCase(),
    entity: text(fields.entity, 40),
    entityId: text(fields.entityId, 200),
    op: text(fields.op, 80),
    eventJson: storableText(JSON.stringify({ ...fields, payload: withoutQueryCode(fields.payload) }), 100_000),
    reason: storableText(reason, 500),
  };
}

function dedupeById(records: readonly RejectionRecord[]): RejectionRecord[] {
  return [...new Map(records.map((r) => [r.eventId, r])).values()];
}
