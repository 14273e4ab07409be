import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import { WorkingDayCounter } from '../../../shared/reports/working-day-counter';
import type { Db } from '../../db/open-database';

export const workingDaysFunction = 'halldesk_working_days';

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
