import type { WorkingDayCalendar } from '../calendar/working-days';

/**
 * Working days in (from, to] by difference of two running counts, each worked out once per date
 * and calendar: a report counts this for every finished case of the period, tens of thousands of
 * times, over a few hundred distinct dates. null for a year the calendar lacks. The desk's report
 * and the centre's board both count with it, so their figures agree.
 */
export class WorkingDayCounter {
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
