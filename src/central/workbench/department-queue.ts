import type { z } from 'zod';
import type { WorkingDayCalendar } from '../../shared/calendar/working-days';
import { hallDate } from '../../shared/calendar/hall-date';
import { defaultYellowDays } from '../../shared/lifecycle/warning-level';
import type { CentreUser } from '../accounts/centre-user';
import type { QueuePage, queueQuerySchema } from '../contract/workbench-contract';
import type { Sql } from '../db/sql';
import { settleProjections } from '../sync/settle-projections';
import { centreCalendar } from './centre-calendar';
import { queuePage } from './queue-queries';
import type { LevelFilter, YellowBand } from './queue-queries';
import { parseSubtaskRows, toQueueRow } from './subtask-row';
import { workbenchScope } from './workbench-scope';

/**
 * The signed-in account's queue: the sub-tasks of its scope, most urgent first, one page at a
 * time (one row more is read to tell whether another page follows). What the hall's desks have
 * just synced is there: the queue settles its halls' projections first (settle-projections.ts).
 */
export async function readQueue(
  sql: Sql,
  user: CentreUser,
  query: z.output<typeof queueQuerySchema>,
  now: Date = new Date(),
): Promise<QueuePage> {
  const scope = workbenchScope(user);
  await settleProjections(sql, scope.hallCode ?? query.hallCode ?? null);
  const calendar = await centreCalendar(sql);
  const today = hallDate(now);
  const rows = parseSubtaskRows(
    await queuePage(sql, {
      scope,
      hallCode: query.hallCode ?? null,
      reviewState: query.reviewState ?? null,
      level: query.level === undefined ? null : levelFilter(query.level, calendar, today),
      search: query.search === undefined || query.search === '' ? null : query.search,
      includeClosed: query.includeClosed ?? false,
      offset: query.page * query.pageSize,
      limit: query.pageSize + 1,
    }),
  );
  return {
    today,
    rows: rows.slice(0, query.pageSize).map((row) => toQueueRow(row, calendar, today)),
    page: query.page,
    hasMore: rows.length > query.pageSize,
  };
}

function levelFilter(level: LevelFilter['level'], calendar: WorkingDayCalendar, today: string): LevelFilter {
  if (level === 'red') return { level, today };
  return { level, today, bands: yellowBands(calendar, today) };
}

/**
 * The due dates with r working days left (0 ≤ r ≤ the yellow threshold), each with the least
 * time limit for which r is yellow (r × 2 ≤ limit, see warningLevel): the yellow filter in SQL.
 */
export function yellowBands(calendar: WorkingDayCalendar, today: string, yellowDays: number = defaultYellowDays): YellowBand[] {
  const bands: YellowBand[] = [];
  for (let r = 0; r <= yellowDays; r += 1) {
    bands.push({
      from: r === 0 ? today : calendar.addWorkingDays(today, r),
      before: calendar.addWorkingDays(today, r + 1),
      minLimitDays: r * 2,
    });
  }
  return bands;
}
