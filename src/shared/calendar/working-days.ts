import { AppError } from '../errors';
import type { CalendarData } from './calendar-schema';
import {
  civilToDayNumber,
  dayNumberToCivil,
  dayOfWeekOfDayNumber,
  fromDayNumber,
  parseDateString,
  toDayNumber,
} from './date-string';

/**
 * Working-day arithmetic over a CalendarData.
 *
 * Counting rule for 自受理之日起 N 个工作日: the acceptance day itself is not counted; the
 * deadline is the Nth working day after the acceptance day (n = 0 gives the acceptance day).
 * This is the common reading in hall practice and follows the general rule for periods counted in
 * days (民法典第二百零一条: 开始的当日不计入，自下一日开始计算).
 *
 * A date in a year the calendar has no data for is never guessed: it throws CALENDAR_MISSING,
 * because weekend-only counting would silently give wrong deadlines around 春节 or 国庆.
 */

export type TryAddResult = { ok: true; date: string } | { ok: false; missingYear: number };

export function calendarMissingError(year: number): AppError {
  return new AppError(
    'CALENDAR_MISSING',
    `工作日历缺少 ${year} 年的数据，请管理员导入当年节假日安排后再计算时限`,
  );
}

function toDayNumberSet(dates: Record<string, string>): Set<number> {
  return new Set(Object.keys(dates).map(toDayNumber));
}

export class WorkingDayCalendar {
  private readonly years: ReadonlySet<number>;
  private readonly holidays = new Set<number>();
  private readonly workdays = new Set<number>();

  constructor(readonly data: CalendarData) {
    this.years = new Set(Object.keys(data.years).map(Number));
    for (const entry of Object.values(data.years)) {
      for (const day of toDayNumberSet(entry.holidays)) this.holidays.add(day);
      for (const day of toDayNumberSet(entry.workdays)) this.workdays.add(day);
    }
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  coveredYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  isWorkingDay(date: string): boolean {
    const civil = parseDateString(date);
    if (!this.hasYear(civil.year)) throw calendarMissingError(civil.year);
    return this.isWorkingDayNumber(civilToDayNumber(civil));
  }

  /** Holiday name, 调休 name, or undefined for an ordinary day; for display only. */
  describe(date: string): string | undefined {
    const { year } = parseDateString(date);
    const entry = this.data.years[String(year)];
    return entry?.holidays[date] ?? entry?.workdays[date];
  }

  /** The Nth working day after `start` (start itself not counted); n = 0 returns start. */
  addWorkingDays(start: string, n: number): string {
    const result = this.tryAddWorkingDays(start, n);
    if (!result.ok) throw calendarMissingError(result.missingYear);
    return result.date;
  }

  /** Like addWorkingDays, but reports a missing year instead of throwing, so the UI can warn. */
  tryAddWorkingDays(start: string, n: number): TryAddResult {
    if (!Number.isInteger(n) || n < 0) {
      throw new AppError('VALIDATION', `工作日数必须是非负整数，收到的是 ${n}`);
    }
    let day = toDayNumber(start);
    let remaining = n;
    while (remaining > 0) {
      day += 1;
      const missingYear = this.missingYearOf(day);
      if (missingYear !== undefined) return { ok: false, missingYear };
      if (this.isWorkingDayNumber(day)) remaining -= 1;
    }
    return { ok: true, date: fromDayNumber(day) };
  }

  /**
   * Working days in (from, to]: how many working days separate the two dates; negative when
   * to is before from. workingDaysBetween(s, addWorkingDays(s, n)) === n.
   */
  workingDaysBetween(from: string, to: string): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    // 0 - x rather than -x so that an empty backward range gives 0, not -0.
    if (b < a) return 0 - this.countWorkingDays(b, a);
    return this.countWorkingDays(a, b);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return this.addWorkingDays(date, 1);
  }

  /** `date` itself when it is a working day, otherwise the next one (e.g. for a weekend submission). */
  workingDayOnOrAfter(date: string): string {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  private countWorkingDays(fromExclusive: number, toInclusive: number): number {
    let count = 0;
    for (let day = fromExclusive + 1; day <= toInclusive; day += 1) {
      const missingYear = this.missingYearOf(day);
      if (missingYear !== undefined) throw calendarMissingError(missingYear);
      if (this.isWorkingDayNumber(day)) count += 1;
    }
    return count;
  }

  private missingYearOf(day: number): number | undefined {
    const { year } = dayNumberToCivil(day);
    return this.years.has(year) ? undefined : year;
  }

  private isWorkingDayNumber(day: number): boolean {
    if (this.holidays.has(day)) return false;
    if (this.workdays.has(day)) return true;
    const dow = dayOfWeekOfDayNumber(day);
    return dow !== 0 && dow !== 6;
  }
}
