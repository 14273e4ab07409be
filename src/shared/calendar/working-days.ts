import { AppError } from '../errors';
import type { CalendarData } from './calendar-schema';
import { addDays, civilToDayNumber, dayOfWeekOfDayNumber, fromDayNumber, parseDateString, toDayNumber, yearOf } from './date-string';

/**
 * Working-day arithmetic over a CalendarData.
 *
 * Counting rule for 自受理之日起 N 个工作日: the acceptance day itself is not counted; the
 * deadline is the Nth working day after the acceptance day (n = 0 gives the acceptance day).
 * This is the common reading in hall practice and follows the general rule for periods counted in
 * days (民法典第二百零一条: 开始的当日不计入，自下一日开始计算).
 *
 * A year the calendar has no data for never stops the count (the law does not let a window refuse
 * intake because next year's 节假日安排 is not published yet). Such a year is counted
 * provisionally (暂定): every Monday–Friday is a working day and every weekend is not. Holidays
 * only remove working days, so this gives the earliest plausible date and the promise is not
 * later than the lawful one; the one exception is a 调休 Saturday just before a holiday, which can
 * make the lawful date a day or two earlier. That is why a provisional date is recomputed when
 * the arrangement arrives and then becomes min(printed, lawful) (see promise-recompute.ts).
 */

/** A date counted over the calendar, and the years it had to count provisionally. */
export interface CountedDate {
  date: string;
  /** True when some day of the count fell in a year without data (暂定). */
  provisional: boolean;
  missingYears: number[];
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

  /** In a year without data, Monday–Friday (provisional). */
  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(civilToDayNumber(parseDateString(date)));
  }

  /** Holiday name, 调休 name, or undefined for an ordinary day; for display only. */
  describe(date: string): string | undefined {
    const { year } = parseDateString(date);
    const entry = this.data.years[String(year)];
    return entry?.holidays[date] ?? entry?.workdays[date];
  }

  /** The Nth working day after `start` (start itself not counted); n = 0 returns start. */
  addWorkingDays(start: string, n: number): string {
    return this.countWorkingDays(start, n).date;
  }

  /** Like addWorkingDays, and says whether the date is provisional (暂定). */
  countWorkingDays(start: string, n: number): CountedDate {
    if (!Number.isInteger(n) || n < 0) {
      throw new AppError('VALIDATION', `工作日数必须是非负整数，收到的是 ${n}`);
    }
    let day = toDayNumber(start);
    let remaining = n;
    while (remaining > 0) {
      day += 1;
      if (this.isWorkingDayNumber(day)) remaining -= 1;
    }
    const date = fromDayNumber(day);
    const missingYears = this.missingYearsIn(start, date);
    return { date, provisional: missingYears.length > 0, missingYears };
  }

  /** Years without data among the days in (from, to]: a date counted over them is provisional. */
  missingYearsIn(from: string, to: string): number[] {
    const missing: number[] = [];
    if (toDayNumber(to) <= toDayNumber(from)) return missing;
    for (let year = yearOf(addDays(from, 1)); year <= yearOf(to); year += 1) {
      if (!this.years.has(year)) missing.push(year);
    }
    return missing;
  }

  /**
   * Working days in (from, to]: how many working days separate the two dates; negative when
   * to is before from. workingDaysBetween(s, addWorkingDays(s, n)) === n.
   */
  workingDaysBetween(from: string, to: string): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    // 0 - x rather than -x so that an empty backward range gives 0, not -0.
    if (b < a) return 0 - this.countWorkingDaysIn(b, a);
    return this.countWorkingDaysIn(a, b);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return this.addWorkingDays(date, 1);
  }

  /** `date` itself when it is a working day, otherwise the next one (e.g. for a weekend submission). */
  workingDayOnOrAfter(date: string): string {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  private countWorkingDaysIn(fromExclusive: number, toInclusive: number): number {
    let count = 0;
    for (let day = fromExclusive + 1; day <= toInclusive; day += 1) {
      if (this.isWorkingDayNumber(day)) count += 1;
    }
    return count;
  }

  private isWorkingDayNumber(day: number): boolean {
    if (this.holidays.has(day)) return false;
    if (this.workdays.has(day)) return true;
    const dow = dayOfWeekOfDayNumber(day);
    return dow !== 0 && dow !== 6;
  }
}
