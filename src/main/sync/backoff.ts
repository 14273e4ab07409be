/**
 * Retry delay after `failures` consecutive failures: exponential from 1 s, capped at 30 s so a
 * returning link is noticed within half a minute, with "equal jitter" so desks that lost the
 * link together do not all come back in the same second.
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** While everything works the desk still pulls the centre's changes this often. */
export const pollIntervalMs = 30_000;
