import { projectBoardFacts } from '../board/project-board-facts';
import type { SqlQueries } from '../db/sql';
import { projectSubtasks } from '../workbench/project-subtasks';
import type { IncomingEvent } from './incoming-event';
import type { QueuedCheck, QueuedEvent } from './payload-check-queries';

/** A ledger event that passed the full payload check, with the payload it parsed. */
export type CheckedStoredEvent = Omit<QueuedEvent, 'payload'> & { payload: unknown };

/**
 * The projections of a checked batch (in the background check's transaction, payload-checker.ts):
 * the department workbench's sub-tasks and the supervision board's facts, from the batch's events
 * that passed the full check. They run after the batch was answered, not on its time: each is
 * guarded so an older event never overwrites a newer one (a sub-task keeps the highest seq of its
 * desk, the board follows the case row's latest event), so batches may be checked in any order.
 * Readers of the projections settle their hall's queue first (settle-projections.ts).
 */
export async function projectCheckedEvents(tx: SqlQueries, check: QueuedCheck, events: readonly CheckedStoredEvent[]): Promise<void> {
  const kept = events.filter((e) => e.payload !== null);
  if (kept.length === 0) return;
  const desk = { id: check.desk_id, hallCode: check.hall_code, deskNo: check.desk_no };
  await projectSubtasks(
    tx,
    desk,
    kept.map((e) => ({ event: { seq: e.seq, payload: e.payload }, caseNo: e.entity === 'case' ? e.entity_id : null })),
  );
  await projectBoardFacts(tx, desk, kept.map(incomingEventOf));
}

function incomingEventOf(e: CheckedStoredEvent): IncomingEvent {
  return {
    eventId: e.event_id,
    seq: e.seq,
    entity: e.entity,
    entityId: e.entity_id,
    op: e.op,
    payload: e.payload,
    createdAt: e.created_at,
  };
}
