import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dayOfWeek,
  fromDayNumber,
  isDateString,
  isWeekend,
  parseDateString,
  toDayNumber,
} from '../../../src/shared/calendar/date-string';

describe('date strings', () => {
  it('accepts only real dates written as YYYY-MM-DD', () => {
    expect(isDateString('2025-10-01')).toBe(true);
    expect(isDateString('2024-02-29')).toBe(true);
    expect(isDateString('2025-02-29')).toBe(false);
    expect(isDateString('2025-13-01')).toBe(false);
    expect(isDateString('2025-1-01')).toBe(false);
    expect(isDateString('2025-10-01T00:00')).toBe(false);
    expect(() => parseDateString('2025/10/01')).toThrow(/YYYY-MM-DD/);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2025-01-31', 365)).toBe('2026-01-31');
  });

  it('agrees with Date.UTC on day numbers and weekdays for every day of 1990–2060', () => {
    const mismatches: string[] = [];
    for (let day = toDayNumber('1990-01-01'); day <= toDayNumber('2060-12-31'); day += 1) {
      const utc = new Date(day * 86_400_000);
      const iso = utc.toISOString().slice(0, 10);
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day || dayOfWeek(iso) !== utc.getUTCDay()) {
        mismatches.push(iso);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('knows weekends and orders dates', () => {
    expect(dayOfWeek('2025-09-28')).toBe(0);
    expect(isWeekend('2025-10-11')).toBe(true);
    expect(isWeekend('2025-10-10')).toBe(false);
    expect(compareDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(compareDates('2025-01-01', '2025-01-01')).toBe(0);
  });
});
