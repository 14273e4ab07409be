import { sqlErrorCode } from '../db/sql';
import type { Sql, SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import { recordBatchProgress } from '../desks/desk-progress-queries';
import type { BatchEnvelope } from './batch-request';
import { copyNewCases, upsertCases } from './case-queries';
import type { CaseWrite } from './case-queries';
import { checkEvent, withoutQueryCode } from './check-event';
import type { CheckedEvent } from './check-event';
import { formatsDeclaredIn, knowFormats, saveFormats } from './declared-formats';
import type { IncomingEvent } from './incoming-event';
import { copyLedgerRows, heldLedgerEvents } from './ledger-queries';
import { resolveRejectedEvents, upsertRejectedEvents } from './rejection-queries';
import type { RejectionRecord } from './rejection-queries';
import { storableText } from './storable-json';
import { withoutReRegistrations } from './re-registration';
import { seqTakenReason } from '../../shared/sync/protocol';
import { projectCasePages } from '../pages-store/project-case-pages';

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

export { seqTakenReason };

/** A resent event the background payload check quarantined is answered as rejected, with the check's reason. */
export const quarantinedReasonPrefix = '中心的完整检查未通过，该事件已隔离：';

type Accepted = Extract<CheckedEvent, { kind: 'accepted' }> & { index: number };

/** A unique violation: a row another transaction stored since this one looked (ledger-queries.ts). */
const uniqueViolation = '23505';
const maxApplyAttempts = 3;

/**
 * Applies a batch in one transaction, each event at most once: the ledger, keyed by the desk's own
 * seq, decides whether an event is new ('applied') or already known ('duplicate'); a resent batch
 * is thus acknowledged without being applied again. A rejected event is answered with its reason
 * and never fails the events around it. Events get their light checks (check-event.ts) before the
 * transaction opens, so it holds its locks only for a few set-based statements. The batch queues
 * itself for the background check (payload-checker.ts), which runs the full payload check and then
 * projects the checked events for the workbench and the board: the hot path stores the ledger and
 * the case rows only (docs/sync-protocol.md §4.4.1).
 */
export async function applyBatch(sql: Sql, desk: AuthenticatedDesk, batch: BatchEnvelope): Promise<BatchResult> {
  const declared = formatsDeclaredIn(batch.events);
  const knowing = knowFormats(desk, declared);
  const checked = batch.events.map((raw) => checkEvent(raw, knowing));
  for (let attempt = 1; ; attempt++) {
    try {
      return await sql.transaction(async (tx) => {
        await saveFormats(tx, desk, knowing);
        return applyChecked(tx, knowing, batch, checked);
      });
    } catch (error) {
      // Another transaction stored one of these rows meanwhile (the batch resent while still being
      // applied, or another desk's new case): applied again, this batch finds it held.
      if (attempt >= maxApplyAttempts || sqlErrorCode(error) !== uniqueViolation) throw error;
    }
  }
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

  const candidates: Accepted[] = [];
  const seenInBatch = new Map<number, string>();
  checked.forEach((c, index) => {
    if (c.kind === 'rejected') return reject(index, c.reason, c.raw);
    const eventId = c.event.eventId.toLowerCase();
    const earlier = seenInBatch.get(c.event.seq);
    if (earlier === eventId) results[index] = { eventId: c.event.eventId, status: 'duplicate' };
    else if (earlier !== undefined) reject(index, seqTakenReason, c.event);
    else candidates.push({ ...c, index });
    seenInBatch.set(c.event.seq, earlier ?? eventId);
  });

  const { accepted, held: heldCases } = await withoutReRegistrations(tx, desk, candidates, reject);
  const heldEvents = await heldLedgerEvents(
    tx,
    desk,
    accepted.map((a) => a.event.seq),
  );
  const applied: Accepted[] = [];
  for (const a of accepted) {
    const held = heldEvents.get(a.event.seq);
    if (held === undefined) applied.push(a);
    else if (held.eventId !== a.event.eventId.toLowerCase()) reject(a.index, seqTakenReason, a.event);
    else if (held.quarantineReason !== null) reject(a.index, `${quarantinedReasonPrefix}${held.quarantineReason}`, a.event);
    else results[a.index] = { eventId: a.event.eventId, status: 'duplicate' };
  }
  await copyLedgerRows(
    tx,
    desk,
    batch.batchId,
    applied.map((a) => ({ ...a.event, payloadText: a.payloadText })),
  );

  const caseWrites = latestWritePerCase(applied);
  const newCases = caseWrites.filter((w) => !heldCases.has(w.caseNo));
  await copyNewCases(tx, desk, newCases);
  await upsertCases(
    tx,
    desk,
    caseWrites.filter((w) => heldCases.has(w.caseNo)),
  );
  // Pages stay on the hot path: the centre takes a page's upload only once a case of the hall names
  // it, and the desk uploads right after this answer. Only a payload that names a hash is read for them.
  await projectCasePages(
    tx,
    desk,
    applied.filter((a) => a.payloadText.includes('"sha256"')),
  );
  await upsertRejectedEvents(tx, desk, batch.batchId, dedupeById(rejections));
  if (desk.openRejections > 0) {
    const settled = results.filter((r) => r.status !== 'rejected').map((r) => r.eventId.toLowerCase());
    await resolveRejectedEvents(tx, desk, settled);
  }
  const appliedSeqs = applied.map((a) => a.event.seq);
  await recordBatchProgress(tx, desk, {
    batchId: batch.batchId,
    eventCount: batch.events.length,
    lowestSeq: appliedSeqs.length === 0 ? 0 : Math.min(...appliedSeqs),
    highestSeq: Math.max(0, ...appliedSeqs),
    newEvents: applied.length,
    newCases: newCases.length,
    rejectionsChanged: rejections.length > 0 || desk.openRejections > 0,
  });
  return { batchId: batch.batchId, results };
}

/**
 * Several events of one case in a batch: the one with the highest seq is the case's state, and
 * a query code any of them carried is kept, as it would be had they come in separate batches.
 */
function latestWritePerCase(events: readonly Accepted[]): CaseWrite[] {
  const inOrder = [...events].sort((a, b) => a.event.seq - b.event.seq);
  const latest = new Map<string, CaseWrite>();
  for (const a of inOrder) {
    if (a.snapshot === null) continue;
    const s = a.snapshot;
    const queryCode = s.queryCode ?? latest.get(s.caseNo)?.queryCode ?? null;
    latest.set(s.caseNo, {
      caseNo: s.caseNo,
      contentHash: s.contentHash,
      state: s.state,
      promisedDate: s.promisedDate,
      queryCode,
      seq: a.event.seq,
      eventId: a.event.eventId,
    });
  }
  return [...latest.values()];
}

function rejectionRecord(raw: unknown, reason: string): RejectionRecord {
  // payloadJson is left out: it may hold a query code, which the centre keeps nowhere.
  const { payloadJson: _sent, ...fields } = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof IncomingEvent, unknown>
  >;
  const text = (value: unknown, max: number) => storableText(typeof value === 'string' ? value : '', max);
  return {
    eventId: text(fields.eventId, 100).toLowerCase(),
    entity: text(fields.entity, 40),
    entityId: text(fields.entityId, 200),
    op: text(fields.op, 80),
    eventJson: storableText(eventJson(fields), 100_000),
    reason: storableText(reason, 500),
  };
}

/** The rejected event as JSON; a payload too deep to write is left out (the header says which event it was). */
function eventJson(fields: Partial<Record<keyof IncomingEvent, unknown>>): string {
  try {
    return JSON.stringify({ ...fields, payload: withoutQueryCode(fields.payload) });
  } catch {
    return JSON.stringify({ ...fields, payload: null });
  }
}

function dedupeById(records: readonly RejectionRecord[]): RejectionRecord[] {
  return [...new Map(records.map((r) => [r.eventId, r])).values()];
}
