import { parseCalendarJson } from '../../shared/calendar/calendar-schema';
import type { Sql } from '../db/sql';
import { insertPublication } from './publication';

export interface PublishedCalendar {
  cursor: number;
  publishedAt: string;
  years: string[];
}

/**
 * Publishes the working-day calendar to every hall (holidays are national). Each year in the
 * file replaces that whole year at the desks; years not in the file are left as they are.
 */
export async function publishCalendar(sql: Sql, fileText: string): Promise<PublishedCalendar> {
  const calendar = parseCalendarJson(fileText);
  const published = await sql.transaction((tx) => insertPublication(tx, 'calendar', null, calendar));
  return { ...published, years: Object.keys(calendar.years).sort() };
}
