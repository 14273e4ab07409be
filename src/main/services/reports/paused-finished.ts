import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { Db } from '../../db/open-database';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { computeCaseClock, itemLookup } from '../lifecycle/case-clock';
import { toPause } from '../lifecycle/lifecycle-reader';
import { readFinishedCaseClocks, readStoredPausedResults, storePausedResults } from './paused-finished-queries';
import type { DayCounts, PausedFinished } from './report-queries';

export interface ClockDeps {
  db: Db;
  calendar: WorkingDayCalendar;
  catalogue: CatalogueService;
}

export interface PausedResult {
  onTime: boolean;
  days: number | null;
}

/**
 * On time and working days used, for finished cases whose clock was paused (待补正 during
 * processing, 特殊环节 not counted): the due date the lifecycle's clock rules give as of the
 * decision day, and the days used without the paused ones. These are few, so they are read here.
 */
export function pausedResults(deps: ClockDeps, caseNos: readonly string[]): Map<string, PausedResult> {
  const results = new Map<string, PausedResult>();
  if (caseNos.length === 0) return results;
  const { db, calendar } = deps;
  const read = readFinishedCaseClocks(db, [...new Set(caseNos)]);
  const cases = read.cases;
  const tasks = groupByCase(read.tasks);
  const pauses = groupByCase(read.pauses);
  // Sub-tasks name their item version, so one lookup (parsing each version once) serves every case.
  const items = itemLookup(deps.catalogue, cases[0]?.decided_on ?? '');
  for (const kase of cases) {
    const { clock } = computeCaseClock({
      state: kase.state,
      acceptedOn: kase.accepted_on,
      storedPromisedDate: kase.promised_date,
      tasks: (tasks.get(kase.case_no) ?? []).map((t) => ({
        position: t.position,
        itemCode: t.item_code,
        itemVersion: t.item_version,
        done: true,
        cutDays: t.promise_cut_days,
      })),
      pauses: (pauses.get(kase.case_no) ?? []).map(toPause),
      items,
      calendar,
      today: kase.decided_on,
      yellowDays: 0,
    });
    let days: number | null;
    try {
      days = Math.max(0, calendar.workingDaysBetween(kase.accepted_on, kase.decided_on) - clock.extensionDays);
    } catch {
      days = null;
    }
    results.set(kase.case_no, { onTime: clock.dueDate !== null && kase.decided_on <= clock.dueDate, days });
  }
  return results;
}

/**
 * pausedResults through the stored results: a case is worked out again only when the triggers
 * forgot its result (it changed) or the calendar changed (another stamp). Call inside a write
 * transaction, so no write comes between reading the case and storing its result.
 */
export function cachedPausedResults(deps: ClockDeps, caseNos: readonly string[], calendarStamp: string): Map<string, PausedResult> {
  const { db } = deps;
  const stored = readStoredPausedResults(db, [...new Set(caseNos)], calendarStamp);
  const results = new Map(stored.map((r) => [r.case_no, { onTime: r.on_time === 1, days: r.days }]));
  const fresh = pausedResults(
    deps,
    caseNos.filter((no) => !results.has(no)),
  );
  storePausedResults(db, calendarStamp, fresh);
  for (const [caseNo, result] of fresh) results.set(caseNo, result);
  return results;
}

function groupByCase<T extends { case_no: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.case_no, [...(map.get(row.case_no) ?? []), row]);
  return map;
}

/** The paused cases' part of the sums, as rows like the queries' own. */
export function pausedCounts(paused: readonly PausedFinished[], results: ReadonlyMap<string, PausedResult>): DayCounts[] {
  return paused.flatMap((p) => {
    const result = results.get(p.caseNo);
    if (!result) return [];
    return [
      {
        day: p.day,
        key: p.key,
        counts: { finishedOnTime: Number(result.onTime), daysSum: result.days ?? 0, daysCount: result.days === null ? 0 : 1 },
      },
    ];
  });
}
