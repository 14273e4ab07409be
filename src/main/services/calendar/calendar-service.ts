import { parseCalendarData, parseCalendarJson, type CalendarData } from '../../../shared/calendar/calendar-schema';
import { defaultCalendarData } from '../../../shared/calendar/default-calendar';
import { mergeCalendar } from '../../../shared/calendar/merge-calendar';
import { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { Db } from '../../db/open-database';
import { getSetting, setSetting } from '../settings/settings-repository';

const importedKey = 'calendar.imported';

/**
 * The working-day calendar in force: the shipped years, with any year an administrator (or,
 * later, the central platform) imported replacing the shipped one whole.
 */
export class CalendarService {
  private calendar: WorkingDayCalendar | null = null;

  constructor(private readonly db: Db) {}

  get(): WorkingDayCalendar {
    if (!this.calendar) {
      const stored = getSetting(this.db, importedKey);
      const data = stored ? mergeCalendar(defaultCalendarData, parseCalendarData(JSON.parse(stored))) : defaultCalendarData;
      this.calendar = new WorkingDayCalendar(data);
    }
    return this.calendar;
  }

  /** Call inside the caller's transaction; returns the years now covered. */
  importText(text: string): number[] {
    const incoming = parseCalendarJson(text);
    const stored = getSetting(this.db, importedKey);
    const merged: CalendarData = stored ? mergeCalendar(parseCalendarData(JSON.parse(stored)), incoming) : incoming;
    setSetting(this.db, importedKey, JSON.stringify(merged));
    this.calendar = null;
    return this.get().coveredYears();
  }
}
