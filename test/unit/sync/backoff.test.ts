import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryCapMs, retryDelayMs } from '../../../src/main/sync/backoff';

const ceiling = (failures: number) => Math.min(retryCapMs, 1_000 * 2 ** (failures - 1));

describe('retry back-off', () => {
  it('waits anywhere from 0 to min(5 min, 1 s × 2^(failures − 1)): full jitter, never past the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (failures, r) => {
        const delay = retryDelayMs(failures, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling(failures) + 1e-9);
        expect(delay).toBeLessThanOrEqual(retryCapMs);
        expect(delay).toBeCloseTo(r * ceiling(failures), 6);
      }),
    );
  });

  it('reaches both ends of the window: 0 right away, and the cap after enough failures', () => {
    expect(retryDelayMs(7, () => 0)).toBe(0);
    expect(retryDelayMs(1, () => 0.999_999)).toBeCloseTo(1_000, 0);
    expect(retryDelayMs(50, () => 0.999_999)).toBeCloseTo(retryCapMs, -1);
  });
});
