import { parseCalendarData, type CalendarData } from '../../../shared/calendar/calendar-schema';
import type { CalendarOrigin, CalendarYearInfo } from '../../../shared/calendar/calendar-status';
import { defaultCalendarData } from '../../../shared/calendar/default-calendar';
import { mergeCalendar } from '../../../shared/calendar/merge-calendar';
import { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { Db } from '../../db/open-database';
import { getSetting, setSetting } from '../settings/settings-repository';

/** Years an administrator imported at this desk (file or typed in by hand). */
const deskKey = 'calendar.imported';
/** Years the centre published, as pulled through sync. */
const centreKey = 'calendar.centre';

/**
 * The working-day calendar in force, per year: the centre's published arrangement wins, then
 * what an administrator imported or typed in at this desk, then the file shipped with the app.
 * A year from a higher source replaces the lower one whole (see merge-calendar). Both imported
 * layers live in the desk's SQLite settings, so an offline hall keeps what it entered.
 */
export class CalendarService {
  private calendar: WorkingDayCalendar | null = null;

  constructor(private readonly db: Db) {}

  get(): WorkingDayCalendar {
    if (!this.calendar) {
      let data = defaultCalendarData;
      for (const layer of [this.layer(deskKey), this.layer(centreKey)]) if (layer) data = mergeCalendar(data, layer);
      this.calendar = new WorkingDayCalendar(data);
    }
    return this.calendar;
  }

  /** Each covered year, where its data comes from, and its days (for the settings screen). */
  years(): CalendarYearInfo[] {
    const origins: [CalendarOrigin, CalendarData | undefined][] = [
      ['centre', this.layer(centreKey)],
      ['desk', this.layer(deskKey)],
      ['shipped', defaultCalendarData],
    ];
    const calendar = this.get().data;
    return Object.keys(calendar.years)
      .sort()
      .map((year) => ({
        year: Number(year),
        origin: origins.find(([, data]) => data && year in data.years)?.[0] ?? 'shipped',
        holidays: calendar.years[year]!.holidays,
        workdays: calendar.years[year]!.workdays,
      }));
  }

  /** An administrator's import; call inside the caller's transaction. Returns the years the centre's data overrides. */
  importAtDesk(incoming: CalendarData): { shadowedByCentre: number[] } {
    this.store(deskKey, incoming);
    const centre = this.layer(centreKey);
    return {
      shadowedByCentre: Object.keys(incoming.years)
        .filter((year) => centre && year in centre.years)
        .map(Number),
    };
  }

  /** The centre's published calendar, pulled through sync; call inside the caller's transaction. */
  importFromCentre(incoming: CalendarData): number[] {
    this.store(centreKey, incoming);
    return this.get().coveredYears();
  }

  private store(key: string, incoming: CalendarData): void {
    const stored = this.layer(key);
    setSetting(this.db, key, JSON.stringify(stored ? mergeCalendar(stored, incoming) : incoming));
    this.calendar = null;
  }

  private layer(key: string): CalendarData | undefined {
    const stored = getSetting(this.db, key);
    return stored ? parseCalendarData(JSON.parse(stored)) : undefined;
  }
}
