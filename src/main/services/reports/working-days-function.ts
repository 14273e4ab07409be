import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { Db } from '../../db/open-database';

export const workingDaysFunction = 'halldesk_working_days';

/**
 * Working days in (from, to] by difference of two running counts, each worked out once per date
 * and calendar: a report calls this for every finished case of the period, tens of thousands of
 * times, over a few hundred distinct dates. null for a year the calendar lacks.
 */
class WorkingDayCounter {
  private readonly ordinals = new Map<string, number | null>();

  constructor(private readonly calendar: WorkingDayCalendar) {}

  between(from: string, to: string): number | null {
    const a = this.ordinal(from);
    const b = this.ordinal(to);
    return a === null || b === null ? null : b - a;
  }

  /** Working days from the calendar's first covered day up to `date`. */
  private ordinal(date: string): number | null {
    let value = this.ordinals.get(date);
    if (value === undefined) {
      const first = this.calendar.coveredYears()[0];
      try {
        // Figures count firm days only: a year without calendar data (暂定 dates) gives null.
        const firm =
          first !== undefined && Number(date.slice(0, 4)) >= first && this.calendar.missingYearsIn(`${first}-01-01`, date).length === 0;
        value = firm ? this.calendar.workingDaysBetween(`${first}-01-01`, date) : null;
      } catch {
        value = null;
      }
      this.ordinals.set(date, value);
    }
    return value;
  }
}

/**
 * Registers `halldesk_working_days(from, to)` on the connection, NULL when a date is missing or
 * its year has no calendar, so aggregates average over the cases that have both. The calendar is
 * handed over before each report (`use`): a function running inside a query may not read the
 * database, and an imported year must count at once.
 */
export function registerWorkingDaysFunction(db: Db): { use(calendar: WorkingDayCalendar): void } {
  let counter: WorkingDayCounter | null = null;
  let inForce: WorkingDayCalendar | null = null;
  db.function(workingDaysFunction, { deterministic: false, varargs: false }, (from: unknown, to: unknown) => {
    if (typeof from !== 'string' || typeof to !== 'string' || !counter) return null;
    return counter.between(from, to);
  });
  return {
    use(calendar) {
      if (calendar === inForce) return;
      inForce = calendar;
      counter = new WorkingDayCounter(calendar);
    },
  };
}
