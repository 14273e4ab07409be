import type { Sql } from '../db/sql';
import { checkStoredPayload } from './payload-check';
import { finishQueuedCheck, queuedEvents, takeQueuedCheck } from './payload-check-queries';
import type { QuarantineRecord } from './payload-check-queries';
import { projectCheckedEvents } from './project-checked-events';
import type { CheckedStoredEvent } from './project-checked-events';

export interface CheckRound {
  /** Batches checked (taken off the queue). */
  batches: number;
  quarantined: number;
}

export interface CheckOptions {
  /** Wait for a batch another checker holds instead of skipping it (a reader settling its hall). */
  waitForOthers?: boolean;
  /** Stop after this many batches (a reader bounds its wait while desks keep sending). */
  maxBatches?: number;
  /** Asked between two batches: stop here (the background check yields to desks sending, background-checker.ts). */
  shouldStop?: () => boolean;
}

/**
 * The background payload check: takes queued batches one by one (one transaction each, oldest
 * first, of one hall or of every hall), runs the full payload check on the events each stored,
 * quarantines those that fail it and projects the others (project-checked-events.ts). Runs until
 * the queue (of that hall) is empty, or until told to stop; several checkers may run at once (each
 * batch is locked by the one that took it).
 */
export async function checkQueuedPayloads(sql: Sql, hallCode: string | null = null, options: CheckOptions = {}): Promise<CheckRound> {
  const round: CheckRound = { batches: 0, quarantined: 0 };
  while (round.batches < (options.maxBatches ?? Infinity) && !(options.shouldStop?.() ?? false)) {
    const quarantined = await sql.transaction(async (tx) => {
      const check = await takeQueuedCheck(tx, hallCode, options.waitForOthers);
      if (check === undefined) return null;
      const records: QuarantineRecord[] = [];
      const passed: CheckedStoredEvent[] = [];
      for (const event of await queuedEvents(tx, check)) {
        const verdict = checkStoredPayload(event);
        if (verdict.problem === null) passed.push({ ...event, payload: verdict.payload });
        else
          records.push({
            seq: event.seq,
            eventId: event.event_id,
            entity: event.entity,
            entityId: event.entity_id,
            op: event.op,
            reason: verdict.problem,
          });
      }
      await projectCheckedEvents(tx, check, passed);
      await finishQueuedCheck(tx, check, records);
      return records.length;
    });
    if (quarantined === null) break;
    round.batches += 1;
    round.quarantined += quarantined;
  }
  return round;
}
