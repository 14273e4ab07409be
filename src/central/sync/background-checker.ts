import type { Sql } from '../db/sql';
import { checkQueuedPayloads } from './payload-checker';
import type { CheckOptions, CheckRound } from './payload-checker';

export interface PayloadChecker {
  /** A batch was applied: check it once desks pause (checkerTiming). */
  kick(): void;
  stop(): void;
}

/**
 * When the background check runs. Answering desks comes first: while batches keep arriving (a
 * hall reconnecting after an outage drains thousands of events), the check waits for a pause of
 * `quietMs` and yields again, after the batch in hand, when the next batch arrives; but once the
 * oldest batch it has not checked has waited `maxDeferMs`, it runs beside the desks until the queue
 * is empty. Readers of what it produces settle their hall themselves meanwhile
 * (settle-projections.ts). `sweepMs`: a centre restarted with batches still queued gets to them
 * without a new batch.
 */
export interface CheckerTiming {
  quietMs: number;
  maxDeferMs: number;
  sweepMs: number;
}

export const checkerTiming: CheckerTiming = { quietMs: 1_000, maxDeferMs: 30_000, sweepMs: 5_000 };

/** The centre process's checker: one round at a time, when desks pause, when overdue, and every few seconds. */
export function startPayloadChecker(
  sql: Sql,
  log: (message: string, error?: unknown) => void,
  timing: CheckerTiming = checkerTiming,
  checkRound: (options: CheckOptions) => Promise<CheckRound> = (options) => checkQueuedPayloads(sql, null, options),
): PayloadChecker {
  let running = false;
  let lastKick = 0;
  /** When the oldest batch not yet covered by a finished round arrived (null: none). */
  let uncheckedSince: number | null = null;
  /** The first batch that arrived while the running round was under way (null: none). */
  let arrivedDuringRound: number | null = null;
  let timer: NodeJS.Timeout | null = null;

  const quiet = () => Date.now() - lastKick >= timing.quietMs;
  const overdue = () => uncheckedSince !== null && Date.now() - uncheckedSince >= timing.maxDeferMs;

  const arm = (delayMs: number) => {
    timer ??= setTimeout(() => {
      timer = null;
      if (quiet() || overdue()) run();
      else arm(timing.quietMs - (Date.now() - lastKick));
    }, delayMs);
  };

  const run = () => {
    if (running) return;
    running = true;
    arrivedDuringRound = null;
    let yielded = false;
    const shouldStop = () => (yielded = !quiet() && !overdue());
    checkRound({ shouldStop })
      .then((round) => {
        if (round.quarantined > 0) log(`后台数据检查：${round.quarantined} 个事件未通过完整检查，已隔离`);
        // Emptied the queue: what may be unchecked now arrived after the round began.
        if (!yielded) uncheckedSince = arrivedDuringRound;
      })
      .catch((error: unknown) => log('后台数据检查失败，稍后重试', error))
      .finally(() => {
        running = false;
        if (uncheckedSince !== null) arm(timing.quietMs);
      });
  };

  const sweep = setInterval(() => quiet() && run(), timing.sweepMs);
  sweep.unref();
  return {
    kick: () => {
      lastKick = Date.now();
      uncheckedSince ??= lastKick;
      if (running) arrivedDuringRound ??= lastKick;
      else arm(timing.quietMs);
    },
    stop: () => {
      clearInterval(sweep);
      if (timer !== null) clearTimeout(timer);
    },
  };
}
