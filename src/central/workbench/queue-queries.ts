import type { SqlParam, SqlQueries } from '../db/sql';
import type { ReviewState } from '../contract/workbench-contract';
import { subtaskColumns } from './subtask-row';
import type { WorkbenchScope } from './workbench-scope';

/** A band of due dates [from, before) whose sub-tasks are yellow when their limit is at least `minLimitDays`. */
export interface YellowBand {
  from: string;
  before: string;
  minLimitDays: number;
}

export type LevelFilter = { level: 'red'; today: string } | { level: 'yellow' | 'normal'; today: string; bands: readonly YellowBand[] };

export interface QueueFilter {
  scope: WorkbenchScope;
  hallCode: string | null;
  reviewState: ReviewState | null;
  level: LevelFilter | null;
  search: string | null;
  includeClosed: boolean;
  offset: number;
  limit: number;
}

/**
 * One page of sub-tasks, earliest due first (the remaining working days follow the due date).
 * Built from the filters that are set, so the planner sees the open-by-department or -by-hall
 * partial index's predicate and ordering as they are.
 */
export async function queuePage(sql: SqlQueries, filter: QueueFilter): Promise<object[]> {
  const params: SqlParam[] = [];
  const param = (value: SqlParam) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (!filter.includeClosed || filter.level !== null) where.push('s.is_open');
  if (filter.scope.department !== null) where.push(`s.department = ${param(filter.scope.department)}`);
  if (filter.scope.hallCode !== null) where.push(`s.hall_code = ${param(filter.scope.hallCode)}`);
  if (filter.hallCode !== null) where.push(`s.hall_code = ${param(filter.hallCode)}`);
  if (filter.reviewState !== null) where.push(`s.review_state = ${param(filter.reviewState)}`);
  if (filter.search !== null) {
    const escaped = filter.search.replace(/[\\%_]/g, (c) => `\\${c}`);
    where.push(`(s.case_no LIKE ${param(`${escaped}%`)} OR s.applicant_name LIKE ${param(`%${escaped}%`)})`);
  }
  if (filter.level !== null) where.push(levelCondition(filter.level, param));
  return sql.query(
    `SELECT ${subtaskColumns} FROM centre_subtasks s
     ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
     ORDER BY s.due_date NULLS LAST, s.hall_code, s.case_no, s.position
     LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
    params,
  );
}

function levelCondition(filter: LevelFilter, param: (value: SqlParam) => string): string {
  if (filter.level === 'red') return `s.due_date < ${param(filter.today)}::date`;
  const yellow = filter.bands.map(
    (b) =>
      `(s.due_date >= ${param(b.from)}::date AND s.due_date < ${param(b.before)}::date AND s.promised_days >= ${param(b.minLimitDays)})`,
  );
  const isYellow = yellow.length === 0 ? 'false' : `(${yellow.join(' OR ')})`;
  return filter.level === 'yellow' ? isYellow : `(s.due_date >= ${param(filter.today)}::date AND NOT ${isYellow})`;
}
