import type { Db } from '../db/open-database';
import type { Clock } from '../services/clock';
import { CentralError, type CentralClient } from './central-client';
import { acknowledgeBatch, deskBatchLimits, prepareBatch, splitBatch, type DeskBatchLimits, type PreparedBatch } from './outbox-batches';

/**
 * The centre holds some of this desk's seqs under other events: the desk was restored from an old
 * backup. Those events are back in the queue, from `fromSeq` on, to be numbered above the window's
 * high-water seq (start-from-snapshot.ts) and sent again.
 */
export class SeqTakenError extends Error {
  constructor(readonly fromSeq: number) {
    super(`中心平台已有本窗口序号 ${fromSeq} 起的其他事件（本机可能由旧备份恢复），将重新编号后发送`);
    this.name = 'SeqTakenError';
  }
}

/** Batches on the way at once: the second only where ordering allows (outbox-batches.ts). */
export const maxBatchesInFlight = 2;

export interface PushContext {
  db: Db;
  clock: Clock;
  client: Pick<CentralClient, 'sendBatch'>;
  auth: string;
  limits?: DeskBatchLimits;
  /** After each acknowledged batch, with the number of events it took out of the queue. */
  onSent(sent: number): void;
}

/**
 * Sends the outbox until it is empty, up to two batches at a time. A failure stops forming new
 * batches; the batch still on the way is awaited (its answer is kept if it comes) and the first
 * failure is thrown for the engine to back off. A 413 splits the batch (outbox-batches.ts).
 */
export async function pushOutbox(ctx: PushContext): Promise<void> {
  const { db, clock } = ctx;
  const inFlight = new Map<string, { batch: PreparedBatch; done: Promise<void> }>();
  let failure: { error: unknown } | null = null;
  for (;;) {
    while (failure === null && inFlight.size < maxBatchesInFlight) {
      const busy = [...inFlight.values()].map((f) => f.batch);
      const batch = prepareBatch(db, clock.now().toISOString(), ctx.limits ?? deskBatchLimits, busy);
      if (!batch) break;
      const done = sendBatch(ctx, batch)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => inFlight.delete(batch.batchId));
      inFlight.set(batch.batchId, { batch, done });
    }
    if (inFlight.size === 0) break;
    await Promise.race([...inFlight.values()].map((f) => f.done));
  }
  if (failure !== null) throw (failure as { error: unknown }).error;
}

async function sendBatch(ctx: PushContext, batch: PreparedBatch): Promise<void> {
  const { db, clock } = ctx;
  let reply;
  try {
    reply = await ctx.client.sendBatch(ctx.auth, batch.body);
  } catch (error) {
    if (!(error instanceof CentralError && error.status === 413)) throw error;
    splitBatch(db, batch, clock.now().toISOString());
    return;
  }
  const { sent, taken } = acknowledgeBatch(db, batch, reply, clock.now().toISOString());
  ctx.onSent(sent);
  if (taken.length > 0) throw new SeqTakenError(Math.min(...taken));
}
