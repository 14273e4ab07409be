import { daysOf, periodRange, type ReportPeriod } from '../../../shared/reports/report-period';
import type { HallFigures, ReportDimension } from '../../../shared/reports/report-schemas';
import { emptyCounts, sumBy, toFigureRow, toTrendPoint } from '../../../shared/reports/figure-tally';
import { createHash } from 'node:crypto';
import { cachedPausedResults, pausedCounts, type ClockDeps } from './paused-finished';
import { labelsOf } from './report-dimension-queries';
import { summaryCountsByDay } from './summary-queries';
import { registerWorkingDaysFunction } from './working-days-function';
import { countReusedLines } from '../materials/target-queries';

export interface ReportDeps extends Omit<ClockDeps, 'calendar'> {
  calendar: { get(): ClockDeps['calendar'] };
}

export interface FiguresRequest {
  period: ReportPeriod;
  date: string;
  groupBy: ReportDimension;
}

/**
 * 统计报表: the hall's figures for a day, week or month, by clerk, item or department, with the
 * day-by-day trend. The hall's total and trend come from the clerk grouping (each case has one
 * clerk); a joint case counts once there, and once for each of its items or departments.
 */
export class ReportService {
  private readonly workingDays: ReturnType<typeof registerWorkingDaysFunction>;

  constructor(private readonly deps: ReportDeps) {
    this.workingDays = registerWorkingDaysFunction(deps.db);
  }

  private stamp: { calendar: ClockDeps['calendar']; stamp: string } | null = null;

  /** Names the calendar in force, so stored results of another calendar are not reused. */
  private stampOf(calendar: ClockDeps['calendar']): string {
    if (this.stamp?.calendar !== calendar) {
      this.stamp = { calendar, stamp: createHash('sha256').update(JSON.stringify(calendar.data)).digest('hex').slice(0, 16) };
    }
    return this.stamp.stamp;
  }

  figures(request: FiguresRequest, hallName: string, now: Date): HallFigures {
    const { db } = this.deps;
    const range = periodRange(request.period, request.date);
    const clockDeps = { ...this.deps, calendar: this.deps.calendar.get() };
    this.workingDays.use(clockDeps.calendar);
    // One read transaction: the rows and the total see the same moment of the store.
    const { hall, grouped, labels, reuse } = db
      .transaction(() => {
        const byClerk = summaryCountsByDay(db, 'clerk', range);
        const byGroup = request.groupBy === 'clerk' ? byClerk : summaryCountsByDay(db, request.groupBy, range);
        const paused = cachedPausedResults(
          clockDeps,
          [...byClerk.paused, ...byGroup.paused].map((p) => p.caseNo),
          this.stampOf(clockDeps.calendar),
        );
        const groupRows = [...byGroup.rows, ...pausedCounts(byGroup.paused, paused)];
        return {
          hall: [...byClerk.rows, ...pausedCounts(byClerk.paused, paused)],
          grouped: groupRows,
          labels: labelsOf(db, request.groupBy, [...new Set(groupRows.map((r) => r.key))]),
          reuse: countReusedLines(db, range.from, range.to),
        };
      })
      // Immediate: the stored results of paused cases are written in the same transaction.
      .immediate();
    const daily = sumBy(hall, (r) => r.day);
    const rows = [...sumBy(grouped, (r) => r.key)]
      .map(([key, counts]) => toFigureRow(key, labels.get(key) ?? key, counts))
      .sort((a, b) => b.received - a.received || b.accepted - a.accepted || a.key.localeCompare(b.key));
    return {
      hallName,
      period: range,
      groupBy: request.groupBy,
      total: toFigureRow('total', '全厅合计', sumBy(hall, () => 'total').get('total') ?? emptyCounts()),
      rows,
      trend: daysOf(range).map((day) => toTrendPoint(day, daily.get(day))),
      reuse,
      generatedAt: now.toISOString(),
    };
  }
}
