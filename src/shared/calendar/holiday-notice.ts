import type { CalendarData, CalendarYear } from './calendar-schema';
import { addDays, compareDates, isDateString, isWeekend } from './date-string';

/**
 * The State Council's notice (关于 YYYY 年部分节假日安排的通知) as an administrator types it in:
 * each 放假 period as a date range with the festival's name, and each 调休上班 day. It becomes
 * the same calendar file as an import (one year), so both go through calendar.import.
 */
export interface HolidayPeriod {
  name: string;
  from: string;
  to: string;
}

export interface MakeUpDay {
  name: string;
  date: string;
}

export interface HolidayNotice {
  year: number;
  holidays: HolidayPeriod[];
  workdays: MakeUpDay[];
}

/** A holiday period longer than this is surely a typing mistake (春节 and 国庆 are 8–9 days). */
const longestPeriod = 15;

function daysOf(period: HolidayPeriod): string[] {
  const days: string[] = [];
  for (let day = period.from; compareDates(day, period.to) <= 0 && days.length <= longestPeriod; day = addDays(day, 1)) days.push(day);
  return days;
}

function inYear(date: string, year: number): boolean {
  return isDateString(date) && date.startsWith(`${year}-`);
}

/** Everything wrong with a notice, each in Chinese for the administrator; empty when it can be saved. */
export function noticeProblems(notice: HolidayNotice): string[] {
  const problems: string[] = [];
  const { year } = notice;
  if (notice.holidays.length === 0) problems.push(`请至少录入一段 ${year} 年的放假安排`);
  const taken = new Map<string, string>();
  notice.holidays.forEach((period, i) => {
    const label = `第 ${i + 1} 段放假（${period.name || '未命名'}）`;
    if (!period.name.trim()) problems.push(`${label}：请填写节日名称`);
    if (!inYear(period.from, year) || !inYear(period.to, year)) {
      problems.push(`${label}：起止日期须为 ${year} 年内的有效日期（YYYY-MM-DD）；跨年的放假请在两个年份中分别录入`);
      return;
    }
    if (compareDates(period.from, period.to) > 0) return void problems.push(`${label}：开始日期晚于结束日期`);
    const days = daysOf(period);
    if (days.length > longestPeriod) return void problems.push(`${label}：超过 ${longestPeriod} 天，请核对`);
    if (days.every(isWeekend)) problems.push(`${label}：全部是周末，不影响工作日，请核对`);
    for (const day of days) {
      const other = taken.get(day);
      if (other !== undefined) problems.push(`${label}与“${other}”在 ${day} 重叠`);
      taken.set(day, period.name);
    }
  });
  const seen = new Set<string>();
  notice.workdays.forEach((day, i) => {
    const label = `第 ${i + 1} 个调休上班日（${day.date || '未填日期'}）`;
    if (!day.name.trim()) problems.push(`${label}：请填写说明，如“春节调休”`);
    if (!inYear(day.date, year)) return void problems.push(`${label}：须为 ${year} 年内的有效日期（YYYY-MM-DD）`);
    if (!isWeekend(day.date)) problems.push(`${label}：不是周六或周日，调休上班日只能是周末`);
    if (taken.has(day.date)) problems.push(`${label}：同时在放假期间内`);
    if (seen.has(day.date)) problems.push(`${label}：重复录入`);
    seen.add(day.date);
  });
  return problems;
}

/** The year as it goes into the calendar: every day of every period listed by name. */
export function noticeYear(notice: HolidayNotice): CalendarYear {
  const holidays: Record<string, string> = {};
  for (const period of notice.holidays) for (const day of daysOf(period)) holidays[day] = period.name.trim();
  const workdays: Record<string, string> = {};
  for (const day of notice.workdays) workdays[day.date] = day.name.trim();
  return { holidays, workdays };
}

export function noticeToCalendarData(notice: HolidayNotice): CalendarData {
  return {
    format: 'halldesk-calendar',
    version: 1,
    source: `手工录入：国务院办公厅关于${notice.year}年部分节假日安排的通知`,
    years: { [String(notice.year)]: noticeYear(notice) },
  };
}

/** A stored year back as a notice to edit: consecutive days with the same name make one period. */
export function noticeFromYear(year: number, entry: CalendarYear): HolidayNotice {
  const holidays: HolidayPeriod[] = [];
  for (const day of Object.keys(entry.holidays).sort()) {
    const name = entry.holidays[day]!;
    const last = holidays.at(-1);
    if (last && last.name === name && addDays(last.to, 1) === day) last.to = day;
    else holidays.push({ name, from: day, to: day });
  }
  const workdays = Object.keys(entry.workdays)
    .sort()
    .map((date) => ({ name: entry.workdays[date]!, date }));
  return { year, holidays, workdays };
}
