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

/** The hall and department asked for (null: all). */
const scopeFilter = `($3::text IS NULL OR s.hall_code = $3) AND ($4::text IS NULL OR s.department = $4)`;

/**
 * Which sub-task rows stand for a case. By department: each department's first row. By hall: one
 * row per case (position 0), or, with a department asked for, its first row there.
 */
const departmentRow = 's.first_of_department';
const hallRow = `CASE WHEN $4::text IS NULL THEN s.position = 0 ELSE s.first_of_department END`;
const countedRow = `(s.position = 0 OR s.first_of_department)`;

/** One figure: its aggregate over the rows a grouping counts (`row`). */
interface Figure {
  name: Exclude<keyof KeyedCounts, 'key'>;
  sum: (row: string) => string;
}

const counted = (name: Figure['name'], condition = 'true'): Figure => ({
  name,
  sum: (row) => `count(*) FILTER (WHERE ${row} AND ${condition})`,
});
const summed = (name: Figure['name'], value: string): Figure => ({
  name,
  sum: (row) => `coalesce(sum(${value}) FILTER (WHERE ${row}), 0)`,
});

/**
 * One family of figures in one pass over its date range, for both groupings at once (GROUPING
 * SETS): each row says whether it is a hall's (`by_hall`) and carries that grouping's sums of the
 * family's figures.
 */
function family(name: string, from: string, where: string, figures: readonly Figure[]): string {
  const byHall = 'GROUPING(s.department) = 1';
  const columns = figures.map((f) => `CASE WHEN ${byHall} THEN ${f.sum(hallRow)} ELSE ${f.sum(departmentRow)} END AS ${f.name}`);
  return `-- ${name}
    SELECT ${byHall} AS by_hall, CASE WHEN ${byHall} THEN s.hall_code ELSE s.department END AS key, ${columns.join(', ')}
    FROM ${from} WHERE ${where} AND ${scopeFilter} AND ${countedRow}
    GROUP BY GROUPING SETS ((s.hall_code), (s.department))`;
}

const scopeParams = (scope: BoardScope) => [scope.from, scope.to, scope.hallCode, scope.department];

/** The earliest acceptance among the cases finished in the period, so the day ordinals cover them all. */
export async function earliestAcceptance(tx: SqlQueries, scope: BoardScope): Promise<string | null> {
  const rows = await tx.query<{ first: string | null }>(
    `SELECT min(s.accepted_on + 0)::text AS first FROM board_subtasks s
     WHERE s.decided_on BETWEEN $1 AND $2 AND s.accepted_on IS NOT NULL AND ${scopeFilter}`,
    scopeParams(scope),
  );
  return rows[0]?.first ?? null;
}

const used = `(wd.n - wa.n - CASE WHEN s.paused THEN s.extension_days ELSE 0 END)`;
const usedDays = `CASE WHEN s.paused THEN greatest(0, ${used}) ELSE ${used} END`;
const onTime = `CASE WHEN s.paused THEN s.decided_on <= s.clock_due_date ELSE s.decided_on <= s.promised_date END`;

/**
 * A rating once per department of its case, as the rows the case counts by: the case's departments
 * are kept on the rating (position order), so the first stands for position 0 and each for its
 * department's first sub-task; no join of the sub-tasks.
 */
const ratedRows = `(SELECT r.hall_code, d.department, (d.n - 1)::integer AS position, true AS first_of_department,
    r.rated_on, r.is_satisfied, r.is_bad
  FROM board_ratings r CROSS JOIN LATERAL unnest(r.departments) WITH ORDINALITY AS d(department, n)) s`;

const families = [
  family('received', 'board_subtasks s', `s.received_on BETWEEN $1 AND $2 AND s.case_state <> 'voided'`, [
    counted('received'),
    counted('correction_notices', `s.decision = 'correction-notice'`),
    counted('refusals', `s.decision = 'refuse'`),
  ]),
  family('accepted', 'board_subtasks s', `s.accepted_on BETWEEN $1 AND $2 AND s.case_state <> 'voided'`, [
    counted('accepted'),
    counted('deferred', `s.decision = 'accept-deferred'`),
  ]),
  family(
    'finished',
    `board_subtasks s LEFT JOIN w wa ON wa.day = s.accepted_on LEFT JOIN w wd ON wd.day = s.decided_on
       LEFT JOIN lim ON lim.code = s.item_code AND lim.version = s.item_version`,
    `s.decided_on BETWEEN $1 AND $2 AND s.accepted_on IS NOT NULL`,
    [
      counted('finished'),
      counted('on_time', onTime),
      summed('days_sum', usedDays),
      counted('days_count', `${usedDays} IS NOT NULL`),
      summed('promised_sum', 's.promised_days'),
      counted('promised_count'),
      summed('statutory_sum', 'lim.statutory_days'),
      counted('statutory_count', 'lim.statutory_days IS NOT NULL'),
      summed('days_saved', `lim.statutory_days - ${usedDays}`),
      summed('materials_saved', 's.materials_reused'),
      summed('trips_saved', 's.trips_saved'),
    ],
  ),
  family('rated', ratedRows, 's.rated_on BETWEEN $1 AND $2', [
    counted('ratings'),
    counted('satisfied', 's.is_satisfied'),
    counted('bad_ratings', 's.is_bad'),
  ]),
];

const figureNames: Exclude<keyof KeyedCounts, 'key'>[] = [
  'received',
  'correction_notices',
  'refusals',
  'accepted',
  'deferred',
  'finished',
  'on_time',
  'days_sum',
  'days_count',
  'promised_sum',
  'promised_count',
  'statutory_sum',
  'statutory_count',
  'days_saved',
  'materials_saved',
  'trips_saved',
  'ratings',
  'satisfied',
  'bad_ratings',
];

/**
 * Every figure of the desk's report by hall and by department, each dated by its own day (收件
 * by the receiving day, 受理 by the acceptance day, 办结 by the decision day, a rating by its own
 * day), and 三减 over the finished cases. One pass per family over its date range (covering
 * indexes), both groupings at once; the families' sums are added up here.
 */
export async function countBoard(
  tx: SqlQueries,
  scope: BoardScope,
  ordinals: DayOrdinals,
  limits: ItemLimits,
): Promise<{ byHall: KeyedCounts[]; byDepartment: KeyedCounts[] }> {
  // The families are independent queries: on a server's pool they run side by side, each on its own core.
  const params = [...scopeParams(scope), ordinals.days, ordinals.ordinals, limits.codes, limits.versions, limits.statutoryDays];
  const results = await Promise.all(
    families.map((family) =>
      tx.query<Record<string, string | number | boolean>>(
        `WITH w AS (SELECT * FROM unnest($5::date[], $6::integer[]) AS w(day, n)),
         lim AS (SELECT * FROM unnest($7::text[], $8::integer[], $9::integer[]) AS lim(code, version, statutory_days))
         ${family}`,
        params,
      ),
    ),
  );
  const byHall = new Map<string, KeyedCounts>();
  const byDepartment = new Map<string, KeyedCounts>();
  for (const row of results.flat()) {
    const groups = row.by_hall === true ? byHall : byDepartment;
    const key = String(row.key);
    let counts = groups.get(key);
    if (counts === undefined) {
      counts = { key } as KeyedCounts;
      for (const name of figureNames) counts[name] = 0;
      groups.set(key, counts);
    }
    for (const name of figureNames) if (name in row) counts[name] += Number(row[name]);
  }
  return { byHall: [...byHall.values()], byDepartment: [...byDepartment.values()] };
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

/**
 * 差评 follow-ups opened in the period, by status, and those past their due date as of `today`: once
 * per case with sub-task rows (its departments kept on the follow-up), or once in a department it has.
 */
export async function countFollowUps(tx: SqlQueries, scope: BoardScope, today: string): Promise<FollowUpCounts> {
  const rows = await tx.query<Record<keyof FollowUpCounts, number | string>>(
    `SELECT count(*) AS bad_ratings,
       count(*) FILTER (WHERE f.status = 'open') AS open,
       count(*) FILTER (WHERE f.status = 'called-back') AS called_back,
       count(*) FILTER (WHERE f.status = 'closed') AS closed,
       count(*) FILTER (WHERE f.status <> 'closed' AND f.due_date < $5::date) AS overdue
     FROM board_follow_ups f
     WHERE f.opened_on BETWEEN $1 AND $2 AND ($3::text IS NULL OR f.hall_code = $3)
       AND CASE WHEN $4::text IS NULL THEN cardinality(f.departments) > 0 ELSE $4 = ANY(f.departments) END`,
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
