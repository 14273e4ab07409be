/** The back-off docs/sync-protocol.md §4.6 promises: from 1 s, doubling, capped at 5 minutes. */
export const retryBaseMs = 1_000;
export const retryCapMs = 5 * 60_000;

/**
 * Retry delay after `failures` consecutive failures, with "full jitter": anywhere between 0 and
 * min(cap, 1 s × 2^(failures − 1)), so desks that lost the centre together spread their returns
 * over the whole window instead of arriving in waves.
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(retryCapMs, retryBaseMs * 2 ** Math.max(0, failures - 1));
  return random() * ceiling;
}

/** While everything works the desk still pulls the centre's changes this often. */
export const pollIntervalMs = 30_000;
