import type { SqlQueries } from '../db/sql';

/** The bodies of the calendars published for every hall, oldest first. */
export async function publishedCalendars(sql: SqlQueries): Promise<unknown[]> {
  const rows = await sql.query<{ body: unknown }>(`SELECT body FROM national_publications WHERE kind = 'calendar' ORDER BY id`);
  return rows.map((r) => r.body);
}
