import { addDays, dayOfWeek, daysInMonth, parseDateString } from '../calendar/date-string';

export const reportPeriods = ['day', 'week', 'month'] as const;
export type ReportPeriod = (typeof reportPeriods)[number];
export const reportPeriodLabels: Record<ReportPeriod, string> = { day: '日报', week: '周报', month: '月报' };

export interface PeriodRange {
  kind: ReportPeriod;
  /** First and last day, inclusive. */
  from: string;
  to: string;
  label: string;
}

/** The day, the week (Monday to Sunday) or the calendar month that contains `date`. */
export function periodRange(kind: ReportPeriod, date: string): PeriodRange {
  const { year, month } = parseDateString(date);
  if (kind === 'day') return { kind, from: date, to: date, label: date };
  if (kind === 'week') {
    const from = addDays(date, -((dayOfWeek(date) + 6) % 7));
    const to = addDays(from, 6);
    return { kind, from, to, label: `${from} 至 ${to}` };
  }
  const mm = String(month).padStart(2, '0');
  return { kind, from: `${year}-${mm}-01`, to: `${year}-${mm}-${daysInMonth(year, month)}`, label: `${year}年${month}月` };
}

/** Every day of the range, in order. */
export function daysOf(range: Pick<PeriodRange, 'from' | 'to'>): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  return days;
}
