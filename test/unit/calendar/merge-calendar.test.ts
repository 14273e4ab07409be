import { describe, expect, it } from 'vitest';
import type { CalendarData } from '../../../src/shared/calendar/calendar-schema';
import { mergeCalendar } from '../../../src/shared/calendar/merge-calendar';
import { WorkingDayCalendar } from '../../../src/shared/calendar/working-days';

const base: CalendarData = {
  format: 'halldesk-calendar',
  version: 1,
  source: 'chinese-days 1.5.7',
  years: {
    '2025': { holidays: { '2025-01-01': '元旦' }, workdays: {} },
    '2026': {
      holidays: { '2026-01-01': '元旦', '2026-01-02': '元旦' },
      workdays: { '2026-01-04': '元旦调休' },
    },
  },
};

describe('mergeCalendar', () => {
  it('replaces an imported year whole instead of merging its days', () => {
    const incoming: CalendarData = {
      format: 'halldesk-calendar',
      version: 1,
      source: '国务院办公厅 2026 年修订通知',
      years: { '2026': { holidays: { '2026-01-01': '元旦' }, workdays: {} } },
    };
    const merged = mergeCalendar(base, incoming);
    expect(merged.years['2026']).toEqual({ holidays: { '2026-01-01': '元旦' }, workdays: {} });
    expect(merged.years['2025']).toEqual(base.years['2025']);
    expect(merged.source).toBe('chinese-days 1.5.7；2026 年：国务院办公厅 2026 年修订通知');

    const cal = new WorkingDayCalendar(merged);
    expect(cal.isWorkingDay('2026-01-02')).toBe(true);
    expect(cal.isWorkingDay('2026-01-04')).toBe(false);
  });

  it('adds a new year, keeps the others and leaves the inputs untouched', () => {
    const before = structuredClone(base);
    const incoming: CalendarData = {
      format: 'halldesk-calendar',
      version: 1,
      source: '国务院办公厅通知',
      years: { '2027': { holidays: { '2027-01-01': '元旦' }, workdays: {} } },
    };
    const merged = mergeCalendar(base, incoming);
    expect(Object.keys(merged.years)).toEqual(['2025', '2026', '2027']);
    expect(new WorkingDayCalendar(merged).coveredYears()).toEqual([2025, 2026, 2027]);
    expect(base).toEqual(before);
    const merged2025 = merged.years['2025'];
    if (merged2025) merged2025.holidays['2025-05-01'] = '劳动节';
    expect(base.years['2025']?.holidays['2025-05-01']).toBeUndefined();
  });
});
