import { describe, expect, it } from 'vitest';
import { parseCalendarData } from '../../../src/shared/calendar/calendar-schema';
import { defaultCalendarData } from '../../../src/shared/calendar/default-calendar';
import { noticeFromYear, noticeProblems, noticeToCalendarData, type HolidayNotice } from '../../../src/shared/calendar/holiday-notice';

const notice: HolidayNotice = {
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-13' },
  ],
  workdays: [{ name: '春节调休', date: '2027-02-14' }],
};

describe('the State Council notice typed in by hand', () => {
  it('accepts a sensible notice and turns it into a valid calendar file', () => {
    expect(noticeProblems(notice)).toEqual([]);
    const data = parseCalendarData(noticeToCalendarData(notice));
    expect(Object.keys(data.years['2027']!.holidays)).toHaveLength(11);
    expect(data.years['2027']!.workdays).toEqual({ '2027-02-14': '春节调休' });
  });

  it('names each mistake in Chinese', () => {
    const bad: HolidayNotice = {
      year: 2027,
      holidays: [
        { name: '元旦', from: '2026-12-31', to: '2027-01-01' },
        { name: '春节', from: '2027-02-10', to: '2027-02-06' },
        { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
        { name: '劳动节', from: '2027-04-05', to: '2027-04-06' },
        { name: '周末', from: '2027-05-08', to: '2027-05-09' },
      ],
      workdays: [
        { name: '调休', date: '2027-04-07' },
        { name: '调休', date: '2027-04-03' },
      ],
    };
    const problems = noticeProblems(bad).join('\n');
    expect(problems).toContain('跨年的放假请在两个年份中分别录入');
    expect(problems).toContain('开始日期晚于结束日期');
    expect(problems).toContain('在 2027-04-05 重叠');
    expect(problems).toContain('全部是周末');
    expect(problems).toContain('调休上班日只能是周末');
    expect(problems).toContain('同时在放假期间内');
  });

  it('reads a stored year back as periods', () => {
    const back = noticeFromYear(2025, defaultCalendarData.years['2025']!);
    expect(back.holidays.find((p) => p.name === '劳动节')).toEqual({ name: '劳动节', from: '2025-05-01', to: '2025-05-05' });
    expect(noticeProblems(back)).toEqual([]);
  });
});
