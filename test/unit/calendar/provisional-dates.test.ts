import { describe, expect, it } from 'vitest';
import type { CalendarData } from '../../../src/shared/calendar/calendar-schema';
import { addDays } from '../../../src/shared/calendar/date-string';
import { defaultCalendarData } from '../../../src/shared/calendar/default-calendar';
import { nextYearCalendarWarning } from '../../../src/shared/calendar/next-year-warning';
import { WorkingDayCalendar } from '../../../src/shared/calendar/working-days';

function calendarOf(years: string[]): WorkingDayCalendar {
  const data: CalendarData = { ...defaultCalendarData, years: Object.fromEntries(years.map((y) => [y, defaultCalendarData.years[y]!])) };
  return new WorkingDayCalendar(data);
}

describe('provisional (暂定) dates over a year the calendar does not cover', () => {
  const only2026 = calendarOf(['2026']);

  it('counts into the missing year with every Monday–Friday a working day, and says so', () => {
    // 12-29, 12-30, 12-31, then 2027-01-01 (Fri), 01-04…01-08, 01-11.
    expect(only2026.countWorkingDays('2026-12-28', 10)).toEqual({ date: '2027-01-11', provisional: true, missingYears: [2027] });
    expect(only2026.countWorkingDays('2026-12-01', 5)).toEqual({ date: '2026-12-08', provisional: false, missingYears: [] });
    expect(only2026.missingYearsIn('2026-12-31', '2026-12-31')).toEqual([]);
    expect(only2026.missingYearsIn('2026-12-30', '2028-01-03')).toEqual([2027, 2028]);
  });

  it('is never later than the lawful date, unless a 调休 Saturday falls in the count', () => {
    const without2025 = calendarOf(['2024', '2026']);
    const lawful = calendarOf(['2024', '2025', '2026']);
    const makeUpDays = Object.keys(defaultCalendarData.years['2025']!.workdays);
    let compared = 0;
    for (let start = '2024-12-01'; start <= '2025-12-31'; start = addDays(start, 1)) {
      for (const n of [1, 3, 5, 10, 20]) {
        const provisional = without2025.countWorkingDays(start, n);
        const real = lawful.addWorkingDays(start, n);
        if (makeUpDays.some((d) => d > start && d <= real)) continue;
        compared += 1;
        expect(provisional.date <= real, `${start} + ${n}: ${provisional.date} vs ${real}`).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(1500);
  });
});

describe("the header's warning for next year's arrangement", () => {
  it('warns from 1 November when next year is missing, and not before or once it is there', () => {
    expect(nextYearCalendarWarning('2026-10-31', [2025, 2026])).toBeNull();
    expect(nextYearCalendarWarning('2026-11-01', [2025, 2026])).toBe('未导入2027年节假日安排，跨年承诺日期将按暂定计算');
    expect(nextYearCalendarWarning('2026-12-31', [2026])).toContain('2027年');
    expect(nextYearCalendarWarning('2026-11-15', [2026, 2027])).toBeNull();
  });
});
