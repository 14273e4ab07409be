import type { SqlQueries } from '../db/sql';

/** What the board counts over: the period, and the hall and department it is narrowed to (null: all). */
export interface BoardScope {
  from: string;
  to: string;
  hallCode: string | null;
  department: string | null;
}

/** 'department': a joint case counts once per department; 'hall': once per case (as the desk's report counts). */
export type BoardGrouping = 'department' | 'hall';

/** Working-day ordinals of a run of dates: days used = ordinal(decided) − ordinal(accepted), as the desk counts them. */
export interface DayOrdinals {
  days: string[];
  ordinals: (number | null)[];
}

/** 法定时限 of each published item version (the catalogue the centre published; desks count with the same). */
export interface ItemLimits {
  codes: string[];
  versions: number[];
  statutoryDays: number[];
}

export async function publishedItemLimits(tx: SqlQueries): Promise<ItemLimits> {
  const rows = await tx.query<{ code: string; version: number; statutory_days: number }>(
    `SELECT DISTINCT i->>'code' AS code, (i->>'version')::integer AS version, (i->>'statutoryDays')::integer AS statutory_days
     FROM (SELECT body FROM national_publications WHERE kind = 'catalogue'
           UNION ALL SELECT body FROM publications WHERE kind = 'catalogue' AND body IS NOT NULL) p
       CROSS JOIN jsonb_array_elements(p.body->'items') i
     WHERE jsonb_typeof(i->'statutoryDays') = 'number'`,
  );
  return {
    codes: rows.map((r) => r.code),
    versions: rows.map((r) => Number(r.version)),
    statutoryDays: rows.map((r) => Number(r.statutory_days)),
  };
}

export interface KeyedCounts {
  key: string;
  received: number;
  correction_notices: number;
  refusals: number;
  accepted: number;
  deferred: number;
  finished: number;
  on_time: number;
  days_sum: number;
  days_count: number;
  promised_sum: number;
  promised_count: number;
  statutory_sum: number;
  statutory_count: number;
  days_saved: number;
  materials_saved: number;
  trips_saved: number;
  ratings: number;
  satisfied: number;
  bad_ratings: number;
}

const keyOf = (grouping: BoardGrouping) => (grouping === 'department' ? 's.department' : 's.hall_code');

/**
 * Which sub-task rows stand for a case: with a department asked for, its first row there; else,
 * by department, each department's first row, and by hall one row per case (position 0).
 */
function rowFilter(grouping: BoardGrouping): string {
  return `($3::text IS NULL OR s.hall_code = $3) AND ($4::text IS NULL OR s.department = $4)
    AND (CASE WHEN $4::text IS NULL AND '${grouping}' = 'hall' THEN s.position = 0 ELSE s.first_of_department END)`;
}

const scopeParams = (scope: BoardScope) => [scope.from, scope.to, scope.hallCode, scope.department];

/** The earliest acceptance among the cases finished in the period, so the day ordinals cover them all. */
export async function earliestAcceptance(tx: SqlQueries, scope: BoardScope): Promise<string | null> {
  const rows = await tx.query<{ first: string | null }>(
    `SELECT min(s.accepted_on)::text AS first FROM board_subtasks s
     WHERE s.decided_on BETWEEN $1 AND $2 AND s.accepted_on IS NOT NULL AND ${rowFilter('hall')}`,
    scopeParams(scope),
  );
  return rows[0]?.first ?? null;
}

/**
 * Every figure of the desk's report per key, each dated by its own day (收件 by the receiving
 * day, 受理 by the acceptance day, 办结 by the decision day, a rating by its own day), and 三减
 * over the finished cases. Set-based: a few aggregates over indexed date ranges.
 */
export async function countBoard(
  tx: SqlQueries,
  scope: BoardScope,
  grouping: BoardGrouping,
  ordinals: DayOrdinals,
  limits: ItemLimits,
): Promise<KeyedCounts[]> {
  const key = keyOf(grouping);
  const filter = rowFilter(grouping);
  const used = `(wd.n - wa.n - CASE WHEN s.paused THEN s.extension_days ELSE 0 END)`;
  const usedDays = `CASE WHEN s.paused THEN greatest(0, ${used}) ELSE ${used} END`;
  const rows = await tx.query<Record<keyof KeyedCounts, string | number>>(
    `WITH w AS (SELECT * FROM unnest($5::date[], $6::integer[]) AS w(day, n)),
     lim AS (SELECT * FROM unnest($7::text[], $8::integer[], $9::integer[]) AS lim(code, version, statutory_days)),
     received AS (
       SELECT ${key} AS key, count(*) AS received,
         count(*) FILTER (WHERE s.decision = 'correction-notice') AS correction_notices,
         count(*) FILTER (WHERE s.decision = 'refuse') AS refusals
       FROM board_subtasks s WHERE s.received_on BETWEEN $1 AND $2 AND s.case_state <> 'voided' AND ${filter} GROUP BY 1),
     accepted AS (
       SELECT ${key} AS key, count(*) AS accepted, count(*) FILTER (WHERE s.decision = 'accept-deferred') AS deferred
       FROM board_subtasks s WHERE s.accepted_on BETWEEN $1 AND $2 AND s.case_state <> 'voided' AND ${filter} GROUP BY 1),
     finished AS (
       SELECT ${key} AS key, count(*) AS finished,
         count(*) FILTER (WHERE CASE WHEN s.paused THEN s.decided_on <= s.clock_due_date ELSE s.decided_on <= s.promised_date END) AS on_time,
         coalesce(sum(${usedDays}), 0) AS days_sum, count(${usedDays}) AS days_count,
         sum(s.promised_days) AS promised_sum, count(*) AS promised_count,
         coalesce(sum(lim.statutory_days), 0) AS statutory_sum, count(lim.statutory_days) AS statutory_count,
         coalesce(sum(lim.statutory_days - ${usedDays}), 0) AS days_saved,
         sum(s.materials_reused) AS materials_saved, sum(s.trips_saved) AS trips_saved
       FROM board_subtasks s
         LEFT JOIN w wa ON wa.day = s.accepted_on
         LEFT JOIN w wd ON wd.day = s.decided_on
         LEFT JOIN lim ON lim.code = s.item_code AND lim.version = s.item_version
       WHERE s.decided_on BETWEEN $1 AND $2 AND s.accepted_on IS NOT NULL AND ${filter} GROUP BY 1),
     rated AS (
       SELECT ${key} AS key, count(*) AS ratings, count(*) FILTER (WHERE r.is_satisfied) AS satisfied,
         count(*) FILTER (WHERE r.is_bad) AS bad_ratings
       FROM board_ratings r JOIN board_subtasks s ON s.hall_code = r.hall_code AND s.case_no = r.case_no
       WHERE r.rated_on BETWEEN $1 AND $2 AND ${filter} GROUP BY 1)
     SELECT k.key, coalesce(received, 0) AS received, coalesce(correction_notices, 0) AS correction_notices,
       coalesce(refusals, 0) AS refusals, coalesce(accepted, 0) AS accepted, coalesce(deferred, 0) AS deferred,
       coalesce(finished, 0) AS finished, coalesce(on_time, 0) AS on_time, coalesce(days_sum, 0) AS days_sum,
       coalesce(days_count, 0) AS days_count, coalesce(promised_sum, 0) AS promised_sum, coalesce(promised_count, 0) AS promised_count,
       coalesce(statutory_sum, 0) AS statutory_sum, coalesce(statutory_count, 0) AS statutory_count,
       coalesce(days_saved, 0) AS days_saved, coalesce(materials_saved, 0) AS materials_saved, coalesce(trips_saved, 0) AS trips_saved,
       coalesce(ratings, 0) AS ratings, coalesce(satisfied, 0) AS satisfied, coalesce(bad_ratings, 0) AS bad_ratings
     FROM (SELECT key FROM received UNION SELECT key FROM accepted UNION SELECT key FROM finished UNION SELECT key FROM rated) k
       LEFT JOIN received USING (key) LEFT JOIN accepted USING (key) LEFT JOIN finished USING (key) LEFT JOIN rated USING (key)`,
    [...scopeParams(scope), ordinals.days, ordinals.ordinals, limits.codes, limits.versions, limits.statutoryDays],
  );
  return rows.map((row) => {
    const counts = { key: String(row.key) } as KeyedCounts;
    for (const [name, value] of Object.entries(row))
      if (name !== 'key') (counts as unknown as Record<string, number>)[name] = Number(value);
    return counts;
  });
}

/** The distinct (due date, time limit) pairs of the open sub-tasks in scope: a few hundred, whatever the number of sub-tasks. */
export async function openDuePairs(tx: SqlQueries, scope: BoardScope): Promise<{ due: string; limit_days: number }[]> {
  return tx.query<{ due: string; limit_days: number }>(
    `SELECT DISTINCT s.subtask_due_date::text AS due, s.promised_days + s.extension_days AS limit_days
     FROM board_subtasks s WHERE s.under_clock AND s.subtask_due_date IS NOT NULL
       AND ($3::text IS NULL OR s.hall_code = $3) AND ($4::text IS NULL OR s.department = $4) AND $1::text <= $2::text`,
    scopeParams(scope),
  );
}

export interface LevelCount {
  hall_code: string;
  department: string;
  level: string;
  n: number;
}

/** Open sub-tasks per hall, department and warning level (each pair's level worked out by the caller). */
export async function countOpenByLevel(
  tx: SqlQueries,
  scope: BoardScope,
  levels: { due: string; limitDays: number; level: string }[],
): Promise<LevelCount[]> {
  if (levels.length === 0) return [];
  const rows = await tx.query<{ hall_code: string; department: string; level: string; n: number | string }>(
    `SELECT s.hall_code, s.department, l.level, count(*) AS n
     FROM board_subtasks s
       JOIN unnest($5::date[], $6::integer[], $7::text[]) AS l(due, limit_days, level)
         ON l.due = s.subtask_due_date AND l.limit_days = s.promised_days + s.extension_days
     WHERE s.under_clock AND ($3::text IS NULL OR s.hall_code = $3) AND ($4::text IS NULL OR s.department = $4) AND $1::text <= $2::text
     GROUP BY 1, 2, 3`,
    [...scopeParams(scope), levels.map((l) => l.due), levels.map((l) => l.limitDays), levels.map((l) => l.level)],
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export interface FollowUpCounts {
  bad_ratings: number;
  open: number;
  called_back: number;
  closed: number;
  overdue: number;
}

/** 差评 follow-ups opened in the period, by status, and those past their due date as of `today`. */
export async function countFollowUps(tx: SqlQueries, scope: BoardScope, today: string): Promise<FollowUpCounts> {
  const rows = await tx.query<Record<keyof FollowUpCounts, number | string>>(
    `SELECT count(*) AS bad_ratings,
       count(*) FILTER (WHERE f.status = 'open') AS open,
       count(*) FILTER (WHERE f.status = 'called-back') AS called_back,
       count(*) FILTER (WHERE f.status = 'closed') AS closed,
       count(*) FILTER (WHERE f.status <> 'closed' AND f.due_date < $5::date) AS overdue
     FROM board_follow_ups f JOIN board_subtasks s ON s.hall_code = f.hall_code AND s.case_no = f.case_no
     WHERE f.opened_on BETWEEN $1 AND $2 AND ${rowFilter('hall')}`,
    [...scopeParams(scope), today],
  );
  const row = rows[0];
  return {
    bad_ratings: Number(row?.bad_ratings ?? 0),
    open: Number(row?.open ?? 0),
    called_back: Number(row?.called_back ?? 0),
    closed: Number(row?.closed ?? 0),
    overdue: Number(row?.overdue ?? 0),
  };
}

/** The halls' names, for the keys found. */
export async function hallNames(tx: SqlQueries, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await tx.query<{ code: string; name: string }>('SELECT code, name FROM halls WHERE code = ANY($1::text[])', [codes]);
  return new Map(rows.map((r) => [r.code, r.name]));
}
