import type { WorkingDayCalendar } from '../../shared/calendar/working-days';
import { addDays } from '../../shared/calendar/date-string';
import { remainingWorkingDays } from '../../shared/lifecycle/clock-rules';
import { defaultYellowDays, warningLevel } from '../../shared/lifecycle/warning-level';
import { emptyCounts, toFigureRow, type Counts } from '../../shared/reports/figure-tally';
import { WorkingDayCounter } from '../../shared/reports/working-day-counter';
import type { BoardFigures, BoardRow, WarningRow } from '../contract/board-contract';
import type { SqlQueries } from '../db/sql';
import {
  countBoard,
  countFollowUps,
  countOpenByLevel,
  earliestAcceptance,
  hallNames,
  openDuePairs,
  publishedItemLimits,
  type BoardScope,
  type DayOrdinals,
  type KeyedCounts,
  type LevelCount,
} from './board-queries';

export interface BoardDeps {
  calendar: WorkingDayCalendar;
}

/** Working-day ordinals from `first` to `last`, by the same counter as the desk's report. */
function dayOrdinals(calendar: WorkingDayCalendar, first: string, last: string): DayOrdinals {
  const counter = new WorkingDayCounter(calendar);
  const days: string[] = [];
  const ordinals: (number | null)[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    days.push(day);
    ordinals.push(counter.between(first, day));
  }
  return { days, ordinals };
}

const toCounts = (c: KeyedCounts): Counts => ({
  ...emptyCounts(),
  received: c.received,
  accepted: c.accepted,
  deferred: c.deferred,
  correctionNotices: c.correction_notices,
  refusals: c.refusals,
  finished: c.finished,
  finishedOnTime: c.on_time,
  daysSum: c.days_sum,
  daysCount: c.days_count,
  ratings: c.ratings,
  satisfied: c.satisfied,
  badRatings: c.bad_ratings,
});

function toBoardRow(key: string, label: string, c: KeyedCounts | undefined): BoardRow {
  const counts = c ?? emptyKeyed(key);
  return {
    ...toFigureRow(key, label, toCounts(counts)),
    avgPromisedDays: counts.promised_count === 0 ? null : counts.promised_sum / counts.promised_count,
    avgStatutoryDays: counts.statutory_count === 0 ? null : counts.statutory_sum / counts.statutory_count,
    daysSaved: counts.days_saved,
    materialsSaved: counts.materials_saved,
    tripsSaved: counts.trips_saved,
  };
}

function emptyKeyed(key: string): KeyedCounts {
  return {
    key,
    received: 0,
    correction_notices: 0,
    refusals: 0,
    accepted: 0,
    deferred: 0,
    finished: 0,
    on_time: 0,
    days_sum: 0,
    days_count: 0,
    promised_sum: 0,
    promised_count: 0,
    statutory_sum: 0,
    statutory_count: 0,
    days_saved: 0,
    materials_saved: 0,
    trips_saved: 0,
    ratings: 0,
    satisfied: 0,
    bad_ratings: 0,
  };
}

function sumKeyed(rows: readonly KeyedCounts[]): KeyedCounts {
  const total = emptyKeyed('total');
  for (const row of rows) for (const name of Object.keys(total) as (keyof KeyedCounts)[]) if (name !== 'key') total[name] += row[name];
  return total;
}

/** Open sub-tasks at red and yellow, rolled up by `keyOf`, worst first. */
function warningRows(counts: readonly LevelCount[], keyOf: (c: LevelCount) => string, labels: Map<string, string>): WarningRow[] {
  const rows = new Map<string, WarningRow>();
  for (const c of counts) {
    const key = keyOf(c);
    const row = rows.get(key) ?? { key, label: labels.get(key) ?? key, yellow: 0, red: 0, open: 0 };
    row.open += c.n;
    if (c.level === 'red') row.red += c.n;
    if (c.level === 'yellow') row.yellow += c.n;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.key.localeCompare(b.key));
}

/**
 * 督查 board: the desks' report figures for every hall (or one) and department over a period, from
 * the board's projection of the events the desks sent; the warning levels of the open sub-tasks
 * as of `today`, by the desk's own rule (warningLevel) and the same working-day calendar.
 */
export async function boardFigures(tx: SqlQueries, deps: BoardDeps, scope: BoardScope, today: string, now: Date): Promise<BoardFigures> {
  const earliest = (await earliestAcceptance(tx, scope)) ?? scope.from;
  const ordinals = dayOrdinals(deps.calendar, earliest < scope.from ? earliest : scope.from, scope.to);
  const limits = await publishedItemLimits(tx);
  const { byHall, byDepartment } = await countBoard(tx, scope, ordinals, limits);
  const pairs = await openDuePairs(tx, scope);
  const levels = pairs.flatMap(({ due, limit_days }) => {
    try {
      const level = warningLevel(remainingWorkingDays(deps.calendar, today, due), defaultYellowDays, limit_days);
      return level === 'normal' ? [] : [{ due, limitDays: limit_days, level }];
    } catch {
      return [];
    }
  });
  const open = await countOpenByLevel(tx, scope, levels);
  const names = await hallNames(tx, [...new Set([...byHall.map((r) => r.key), ...open.map((o) => o.hall_code)])]);
  const followUps = await countFollowUps(tx, scope, today);
  const departmentRows = byDepartment.map((c) => toBoardRow(c.key, c.key, c));
  const sortRows = (rows: BoardRow[]) =>
    rows.sort((a, b) => b.received - a.received || b.finished - a.finished || a.key.localeCompare(b.key));
  return {
    period: { from: scope.from, to: scope.to },
    today,
    hallCode: scope.hallCode,
    department: scope.department,
    total: toBoardRow('total', scope.hallCode === null ? '全部大厅合计' : '合计', sumKeyed(byHall)),
    byDepartment: sortRows(departmentRows),
    byHall: sortRows(byHall.map((c) => toBoardRow(c.key, names.get(c.key) ?? c.key, c))),
    warningsByDepartment: warningRows(open, (c) => c.department, new Map()),
    warningsByHall: warningRows(open, (c) => c.hall_code, names),
    followUps: {
      badRatings: followUps.bad_ratings,
      open: followUps.open,
      calledBack: followUps.called_back,
      closed: followUps.closed,
      overdue: followUps.overdue,
    },
    generatedAt: now.toISOString(),
  };
}
