import type { ReportDimension } from '../../../shared/reports/report-schemas';
import type { Db } from '../../db/open-database';
import { rebuildReportSummariesSql } from '../../db/migrations/0011-speed';
import type { Counts } from '../../../shared/reports/figure-tally';
import type { DateRange, DayCounts, PausedFinished } from './report-queries';
import { workingDaysFunction } from './working-days-function';

interface CountRow {
  day: string;
  key: string;
  received: number;
  correction_notices: number;
  refusals: number;
  accepted: number;
  deferred: number;
  ratings: number;
  satisfied: number;
  bad_ratings: number;
}

interface FinishedRow {
  day: string;
  key: string;
  finished: number;
  on_time: number;
  days_sum: number | null;
  days_count: number;
}

/**
 * The same sums as countByDay (report-queries.ts, which stays the reference and the tests'
 * oracle) read from the daily summaries the triggers of migration 0013 keep: a month is a few
 * hundred rows whatever the number of cases. Working days are counted here, per pair of days,
 * so an imported calendar year counts at once.
 */
export function summaryCountsByDay(db: Db, dimension: ReportDimension, range: DateRange): { rows: DayCounts[]; paused: PausedFinished[] } {
  const params = { dimension, from: range.from, to: range.to };
  const rows: DayCounts[] = [];
  const counts = db
    .prepare('SELECT * FROM report_daily_counts WHERE dimension = @dimension AND day BETWEEN @from AND @to')
    .all(params) as CountRow[];
  for (const r of counts) {
    const c: Partial<Counts> = {
      received: r.received,
      correctionNotices: r.correction_notices,
      refusals: r.refusals,
      accepted: r.accepted,
      deferred: r.deferred,
      ratings: r.ratings,
      satisfied: r.satisfied,
      badRatings: r.bad_ratings,
    };
    if (Object.values(c).some((n) => n !== 0)) rows.push({ day: r.day, key: r.key, counts: c });
  }
  const finished = db
    .prepare(
      `SELECT day, key, sum(finished) AS finished, sum(on_time) AS on_time,
         sum(unpaused * ${workingDaysFunction}(accepted_on, day)) AS days_sum,
         sum(CASE WHEN ${workingDaysFunction}(accepted_on, day) IS NOT NULL THEN unpaused ELSE 0 END) AS days_count
       FROM report_daily_finished WHERE dimension = @dimension AND day BETWEEN @from AND @to GROUP BY day, key HAVING sum(finished) <> 0`,
    )
    .all(params) as FinishedRow[];
  for (const r of finished) {
    rows.push({
      day: r.day,
      key: r.key,
      counts: { finished: r.finished, finishedOnTime: r.on_time, daysSum: r.days_sum ?? 0, daysCount: r.days_count },
    });
  }
  const paused = db
    .prepare('SELECT case_no AS caseNo, day, key FROM report_paused_finished WHERE dimension = @dimension AND day BETWEEN @from AND @to')
    .all(params) as PausedFinished[];
  return { rows, paused };
}

/** Sums the daily summaries again from the cases and ratings (after a repair, or to check them). */
export function rebuildReportSummaries(db: Db): void {
  db.transaction(() => db.exec(rebuildReportSummariesSql)).immediate();
}

/** How many summary rows there are (the rebuild command reports it). */
export function countReportSummaryRows(db: Db): number {
  return (
    db.prepare('SELECT (SELECT count(*) FROM report_daily_counts) + (SELECT count(*) FROM report_daily_finished) AS n').get() as {
      n: number;
    }
  ).n;
}
