import { describe, expect, it } from 'vitest';
import { defaultCalendar, defaultCalendarData } from '../../../src/shared/calendar/default-calendar';

const cal = defaultCalendar;

describe('shipped calendar data', () => {
  it('covers 2024 to 2026 at least', () => {
    expect(cal.coveredYears().slice(0, 3)).toEqual([2024, 2025, 2026]);
    expect(cal.hasYear(2023)).toBe(false);
    expect(defaultCalendarData.source).toMatch(/^chinese-days \d/);
  });

  it('has the 2025 国庆/中秋 arrangement: 10-01..10-08 off, 09-28 and 10-11 worked', () => {
    for (let d = 1; d <= 8; d += 1) expect(cal.isWorkingDay(`2025-10-0${d}`)).toBe(false);
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
    expect(cal.describe('2025-10-01')).toBe('国庆节');
    expect(cal.describe('2025-10-11')).toBe('国庆节调休');
  });

  it('has the 2025 春节 arrangement: 01-28..02-04 off, 01-26 and 02-08 worked', () => {
    const off = ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'];
    for (const d of off) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2025-01-26')).toBe(true);
    expect(cal.isWorkingDay('2025-02-08')).toBe(true);
    expect(cal.describe('2025-01-26')).toBe('春节调休');
  });

  it('counts a make-up Saturday but not an ordinary Saturday', () => {
    expect(cal.isWorkingDay('2025-10-11')).toBe(true); // 调休 Saturday
    expect(cal.isWorkingDay('2025-10-18')).toBe(false); // ordinary Saturday
    expect(cal.isWorkingDay('2025-10-19')).toBe(false); // ordinary Sunday
    expect(cal.isWorkingDay('2025-10-17')).toBe(true); // ordinary Friday
    expect(cal.isWorkingDay('2024-06-10')).toBe(false); // 端午 on a Monday
  });
});

describe('addWorkingDays', () => {
  it('returns the acceptance day for n = 0, even on a holiday', () => {
    expect(cal.addWorkingDays('2025-10-03', 0)).toBe('2025-10-03');
  });

  it('does not count the acceptance day itself', () => {
    expect(cal.addWorkingDays('2025-03-03', 1)).toBe('2025-03-04'); // Mon → Tue
    expect(cal.addWorkingDays('2025-03-07', 1)).toBe('2025-03-10'); // Fri → Mon
  });

  it('crosses 国庆 2025 with its make-up Saturday', () => {
    // 10-09 (1), 10-10 (2), 10-11 调休 Sat (3), 10-13 (4), 10-14 (5)
    expect(cal.addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
    expect(cal.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(cal.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    // 09-27 Sat accepted: 09-28 调休 Sun (1), 09-29 (2), 09-30 (3), then 10-09 (4)
    expect(cal.addWorkingDays('2025-09-27', 4)).toBe('2025-10-09');
    expect(cal.addWorkingDays('2025-09-26', 20)).toBe('2025-10-30');
  });

  it('crosses 春节 2025 with make-up days', () => {
    // 01-26 调休 Sun (1), 01-27 (2), 01-28..02-04 off, 02-05 (3), 02-06 (4), 02-07 (5), 02-08 调休 Sat (6), 02-10 (7)
    expect(cal.addWorkingDays('2025-01-24', 2)).toBe('2025-01-27');
    expect(cal.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(cal.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    expect(cal.addWorkingDays('2025-01-24', 6)).toBe('2025-02-08');
    expect(cal.addWorkingDays('2025-01-24', 7)).toBe('2025-02-10');
  });

  it('crosses 春节 2026 with make-up days', () => {
    // 02-13 Fri accepted: 02-14 调休 Sat (1), 02-15..02-23 off, 02-24 (2) … 02-27 (5), 02-28 调休 Sat (6), 03-02 (7)
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
    expect(cal.addWorkingDays('2026-02-13', 7)).toBe('2026-03-02');
  });

  it('crosses the 2025/2026 year boundary and 元旦 2026', () => {
    // 12-31 Wed accepted: 01-01..01-03 off, 01-04 调休 Sun (1), 01-05 (2)
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
    expect(cal.addWorkingDays('2025-12-30', 1)).toBe('2025-12-31');
    // 2024/2025: 2025-01-01 off, 01-02 Thu is the first working day
    expect(cal.addWorkingDays('2024-12-31', 1)).toBe('2025-01-02');
  });

  it('is fast for a few hundred working days', () => {
    const started = performance.now();
    for (let i = 0; i < 100; i += 1) cal.addWorkingDays('2024-01-02', 500);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(cal.addWorkingDays('2024-01-02', 500)).toMatch(/^2026-/);
  });

  it('refuses a negative or fractional count and a bad date', () => {
    expect(() => cal.addWorkingDays('2025-10-01', -1)).toThrow(/非负整数/);
    expect(() => cal.addWorkingDays('2025-10-01', 1.5)).toThrow(/非负整数/);
    expect(() => cal.addWorkingDays('2025-02-30', 1)).toThrow(/YYYY-MM-DD/);
  });
});

describe('missing years (暂定)', () => {
  it('counts Monday to Friday of a year without data as working days, never throwing', () => {
    expect(cal.isWorkingDay('2028-03-01')).toBe(true);
    expect(cal.isWorkingDay('2028-03-04')).toBe(false);
    expect(cal.workingDaysBetween('2028-01-02', '2028-01-09')).toBe(5);
  });
});

describe('workingDaysBetween and nextWorkingDay', () => {
  it('counts working days in (from, to]', () => {
    expect(cal.workingDaysBetween('2025-09-30', '2025-10-14')).toBe(5);
    expect(cal.workingDaysBetween('2025-10-14', '2025-09-30')).toBe(-5);
    expect(cal.workingDaysBetween('2025-10-01', '2025-10-08')).toBe(0);
    expect(cal.workingDaysBetween('2025-10-10', '2025-10-10')).toBe(0);
    expect(cal.workingDaysBetween('2025-10-08', '2025-10-01')).toBe(0);
    // A deadline passed two working days ago.
    expect(cal.workingDaysBetween('2025-10-16', '2025-10-14')).toBe(-2);
  });

  it('finds the next working day and the working day on or after', () => {
    expect(cal.nextWorkingDay('2025-09-30')).toBe('2025-10-09');
    expect(cal.nextWorkingDay('2025-10-10')).toBe('2025-10-11');
    expect(cal.workingDayOnOrAfter('2025-10-04')).toBe('2025-10-09');
    expect(cal.workingDayOnOrAfter('2025-10-09')).toBe('2025-10-09');
  });
});
