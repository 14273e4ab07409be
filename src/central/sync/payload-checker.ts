import type { Sql } from '../db/sql';
import { payloadProblem } from './payload-check';
import { finishQueuedCheck, queuedEvents, takeQueuedCheck } from './payload-check-queries';
import type { QuarantineRecord } from './payload-check-queries';

export interface CheckRound {
  /** Batches checked (taken off the queue). */
  batches: number;
  quarantined: number;
}

/**
 * The background payload check: takes queued batches one by one (one transaction each, oldest
 * first, of one hall or of every hall), runs the full payload check on the events each stored and
 * quarantines those that fail it. Runs until the queue (of that hall) is empty; several checkers
 * may run at once (each batch is locked by the one that took it).
 */
export async function checkQueuedPayloads(sql: Sql, hallCode: string | null = null): Promise<CheckRound> {
  const round: CheckRound = { batches: 0, quarantined: 0 };
  for (;;) {
    const quarantined = await sql.transaction(async (tx) => {
      const check = await takeQueuedCheck(tx, hallCode);
      if (check === undefined) return null;
      const records: QuarantineRecord[] = [];
      for (const event of await queuedEvents(tx, check)) {
        const reason = payloadProblem(event);
        if (reason === null) continue;
        records.push({ seq: event.seq, eventId: event.event_id, entity: event.entity, entityId: event.entity_id, op: event.op, reason });
      }
      await finishQueuedCheck(tx, check, records);
      return records.length;
    });
    if (quarantined === null) return round;
    round.batches += 1;
    round.quarantined += quarantined;
  }
}

export interface PayloadChecker {
  /** A batch was applied: check it soon (right after the reply, not on the batch's time). */
  kick(): void;
  stop(): void;
}

/** Safety net: a centre restarted with batches still queued gets to them without a new batch. */
const sweepIntervalMs = 5_000;

/** The centre process's checker: runs after each applied batch and every few seconds, one round at a time. */
export function startPayloadChecker(sql: Sql, log: (message: string, error?: unknown) => void): PayloadChecker {
  let running = false;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    checkQueuedPayloads(sql)
      .then((round) => {
        if (round.quarantined > 0) log(`后台数据检查：${round.quarantined} 个事件未通过完整检查，已隔离`);
      })
      .catch((error: unknown) => log('后台数据检查失败，稍后重试', error))
      .finally(() => {
        running = false;
        if (again) setImmediate(run);
      });
  };
  const timer = setInterval(run, sweepIntervalMs);
  timer.unref();
  return { kick: run, stop: () => clearInterval(timer) };
}
