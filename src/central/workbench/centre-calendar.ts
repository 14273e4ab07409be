import { parseCalendarData } from '../../shared/calendar/calendar-schema';
import type { CalendarData } from '../../shared/calendar/calendar-schema';
import { defaultCalendarData } from '../../shared/calendar/default-calendar';
import { mergeCalendar } from '../../shared/calendar/merge-calendar';
import { WorkingDayCalendar } from '../../shared/calendar/working-days';
import type { SqlQueries } from '../db/sql';
import { publishedCalendars } from './calendar-publication-queries';

/**
 * The working-day calendar the desks count with: the one shipped with the app, with every
 * calendar the centre published applied on top in order (each year replacing that year whole),
 * as a desk that pulled them all has it.
 */
export async function centreCalendar(sql: SqlQueries): Promise<WorkingDayCalendar> {
  const published = await publishedCalendars(sql);
  const data = published.reduce<CalendarData>((base, body) => mergeCalendar(base, parseCalendarData(body)), defaultCalendarData);
  return new WorkingDayCalendar(data);
}
