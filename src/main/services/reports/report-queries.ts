import { satisfiedLevels } from '../../../shared/ratings/rating-levels';
import type { Db } from '../../db/open-database';
import { count, type Grouping } from './report-dimension-queries';
import type { Counts } from '../../../shared/reports/figure-tally';
import { workingDaysFunction } from './working-days-function';

export interface DateRange {
  from: string;
  to: string;
}

/** The sums of one group on one day. */
export interface DayCounts {
  day: string;
  key: string;
  counts: Partial<Counts>;
}

/** A finished case whose clock stopped for a while: its due date moved, worked out in JS. */
export interface PausedFinished {
  caseNo: string;
  day: string;
  key: string;
}

/** Cases whose clock ever stopped: few, read once per query rather than probed per case. */
const pausedCases = '(SELECT DISTINCT case_no FROM case_pauses)';
const notPaused = 'p.case_no IS NULL';
/** A case voided as registered by mistake (作废) was never an application: no figure counts it. */
const notVoided = "t.state <> 'voided'";
const satisfied = `t.level IN (${satisfiedLevels.map((l) => `'${l}'`).join(', ')})`;

interface Family {
  table: 'cases' | 'ratings';
  dateColumn: string;
  extraWhere?: string;
  extraJoin?: string;
  sums: [keyof Counts, string][];
}

/*
 * Each figure is dated by its own day: 收件, 一次性告知 and 不予受理 by the receiving day, 受理
 * by the acceptance day, 办结 by the decision day, a rating by its own day. Every query is one
 * aggregate over an indexed date range, grouped by day and key (a few hundred rows at most);
 * no case row reaches JS.
 */
const families: Family[] = [
  {
    table: 'cases',
    dateColumn: 'received_on',
    extraWhere: notVoided,
    sums: [
      ['received', count()],
      ['correctionNotices', count("t.decision = 'correction-notice'")],
      ['refusals', count("t.decision = 'refuse'")],
    ],
  },
  {
    table: 'cases',
    dateColumn: 'accepted_on',
    extraWhere: notVoided,
    sums: [
      ['accepted', count()],
      ['deferred', count("t.decision = 'accept-deferred'")],
    ],
  },
  {
    table: 'cases',
    dateColumn: 'decided_on',
    extraWhere: 't.accepted_on IS NOT NULL',
    extraJoin: `LEFT JOIN ${pausedCases} p ON p.case_no = t.case_no`,
    // Paused cases count as finished here; their on-time and days come from addPausedFinished.
    sums: [
      ['finished', count()],
      ['finishedOnTime', count(`${notPaused} AND t.decided_on <= t.promised_date`)],
      ['daysSum', `coalesce(sum(CASE WHEN ${notPaused} THEN ${workingDaysFunction}(t.accepted_on, t.decided_on) END), 0)`],
      ['daysCount', `count(CASE WHEN ${notPaused} THEN ${workingDaysFunction}(t.accepted_on, t.decided_on) END)`],
    ],
  },
  {
    table: 'ratings',
    dateColumn: 'rated_on',
    sums: [
      ['ratings', count()],
      ['satisfied', count(satisfied)],
      ['badRatings', count('t.is_bad = 1')],
    ],
  },
];

/** Every figure's sums per day and group over the range, and the paused finished cases to add. */
export function countByDay(db: Db, grouping: Grouping, range: DateRange): { rows: DayCounts[]; paused: PausedFinished[] } {
  const rows: DayCounts[] = [];
  for (const family of families) {
    const where = [`t.${family.dateColumn} BETWEEN @from AND @to`, ...(family.extraWhere ? [family.extraWhere] : [])].join(' AND ');
    const sql = `SELECT t.${family.dateColumn} AS day, ${grouping.key} AS key, ${family.sums.map(([, sum], i) => `${sum} AS c${i}`).join(', ')}
      FROM ${family.table} t ${grouping.join} ${family.extraJoin ?? ''} WHERE ${where} GROUP BY t.${family.dateColumn}, ${grouping.key}`;
    for (const row of db.prepare(sql).all(range) as Record<string, string | number>[]) {
      const counts: Partial<Counts> = {};
      family.sums.forEach(([name], i) => (counts[name] = Number(row[`c${i}`] ?? 0)));
      rows.push({ day: String(row.day), key: String(row.key), counts });
    }
  }
  const paused = db
    .prepare(
      `SELECT DISTINCT t.case_no AS caseNo, t.decided_on AS day, ${grouping.key} AS key FROM cases t ${grouping.join}
       WHERE t.decided_on BETWEEN @from AND @to AND t.accepted_on IS NOT NULL
         AND EXISTS (SELECT 1 FROM case_pauses p WHERE p.case_no = t.case_no)`,
    )
    .all(range) as PausedFinished[];
  return { rows, paused };
}
