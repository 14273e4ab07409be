import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../../../src/shared/calendar/date-string';
import { defaultCalendar as cal } from '../../../src/shared/calendar/default-calendar';

/** mulberry32: a tiny seeded PRNG so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('addWorkingDays / workingDaysBetween properties (seeded)', () => {
  const random = prng(20251001);
  const years = cal.coveredYears();
  const first = toDayNumber(`${years[0]}-01-01`);
  // Leave room so start + 60 working days stays inside the covered years.
  const last = toDayNumber(`${years[years.length - 1]}-10-01`);

  const cases = Array.from({ length: 2000 }, () => ({
    start: fromDayNumber(first + Math.floor(random() * (last - first))),
    n: Math.floor(random() * 61),
  }));

  it('workingDaysBetween(start, addWorkingDays(start, n)) === n', () => {
    for (const { start, n } of cases) {
      const end = cal.addWorkingDays(start, n);
      expect(cal.workingDaysBetween(start, end), `${start} + ${n}`).toBe(n);
      expect(cal.workingDaysBetween(end, start), `${start} + ${n}`).toBe(0 - n);
    }
  });

  it('the deadline is a working day and the day before it is one working day short', () => {
    for (const { start, n } of cases) {
      if (n === 0) continue;
      const end = cal.addWorkingDays(start, n);
      expect(cal.isWorkingDay(end), `${start} + ${n}`).toBe(true);
      expect(cal.workingDaysBetween(start, addDays(end, -1)), `${start} + ${n}`).toBe(n - 1);
    }
  });

  it('adding in two steps equals adding at once', () => {
    for (const { start, n } of cases) {
      const k = Math.floor(random() * (n + 1));
      expect(cal.addWorkingDays(cal.addWorkingDays(start, k), n - k), `${start} + ${k} + ${n - k}`).toBe(cal.addWorkingDays(start, n));
    }
  });
});
