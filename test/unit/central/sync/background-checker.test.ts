import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPayloadChecker } from '../../../../src/central/sync/background-checker';
import type { CheckOptions, CheckRound } from '../../../../src/central/sync/payload-checker';
import type { Sql } from '../../../../src/central/db/sql';

const timing = { quietMs: 200, maxDeferMs: 2_000, sweepMs: 60_000 };

/** A fake round over `queued` batches, one per 10 ms, asking shouldStop before each as the real one does. */
function fakeRounds(queued: { count: number }) {
  const rounds: { started: number; batches: number }[] = [];
  const checkRound = async (options: CheckOptions): Promise<CheckRound> => {
    const round = { started: Date.now(), batches: 0 };
    rounds.push(round);
    while (queued.count > 0 && !(options.shouldStop?.() ?? false)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      queued.count -= 1;
      round.batches += 1;
    }
    return { batches: round.batches, quarantined: 0 };
  };
  return { rounds, checkRound };
}

describe('the background check yields to desks sending', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in the batches, then checks the queue', async () => {
    const queued = { count: 0 };
    const { rounds, checkRound } = fakeRounds(queued);
    const checker = startPayloadChecker({} as Sql, () => undefined, timing, checkRound);
    for (let i = 0; i < 10; i++) {
      queued.count += 1;
      checker.kick();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(rounds).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(rounds.map((r) => r.started)).toEqual([1_100]);
    await vi.advanceTimersByTimeAsync(200);
    expect(queued.count).toBe(0);
    checker.stop();
  });

  it('stops after the batch in hand when a batch arrives, and goes on at the next pause', async () => {
    const queued = { count: 30 };
    const { rounds, checkRound } = fakeRounds(queued);
    const checker = startPayloadChecker({} as Sql, () => undefined, timing, checkRound);
    checker.kick();
    await vi.advanceTimersByTimeAsync(250);
    expect(rounds).toHaveLength(1);
    checker.kick();
    await vi.advanceTimersByTimeAsync(20);
    expect(rounds[0]!.batches).toBeLessThan(10);
    const left = queued.count;
    await vi.advanceTimersByTimeAsync(150);
    expect(queued.count).toBe(left);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(rounds).toHaveLength(2);
    expect(queued.count).toBe(0);
    checker.stop();
  });

  it('once a batch has waited maxDeferMs, checks beside the desks until the queue is empty, then defers again', async () => {
    const queued = { count: 0 };
    const { rounds, checkRound } = fakeRounds(queued);
    const checker = startPayloadChecker({} as Sql, () => undefined, timing, checkRound);
    for (let t = 0; t < 3_000; t += 50) {
      queued.count += 1;
      checker.kick();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(rounds.length).toBeGreaterThan(0);
    expect(rounds[0]!.started).toBeGreaterThanOrEqual(timing.maxDeferMs);
    expect(rounds[0]!.started).toBeLessThan(timing.maxDeferMs + timing.quietMs + 100);
    // Every batch queued before it (one per 50 ms), and those arriving while it ran.
    expect(rounds[0]!.batches).toBeGreaterThanOrEqual(timing.maxDeferMs / 50);
    expect(rounds).toHaveLength(1);
    checker.stop();
  });
});
