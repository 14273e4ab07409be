import type { CaseState, CaseSummary } from '../../../shared/intake/case-types';
import type { Db } from '../../db/open-database';
import type { CaseRow } from './case-repository';
import { toCaseSummary } from './case-reader';

export interface CaseSearch {
  query: string;
  todayOnly: boolean;
  state?: CaseState | undefined;
  page: number;
  pageSize: number;
}

/** The upper bound of a prefix range: every string starting with `prefix` sorts below it. */
const prefixEnd = (prefix: string) => `${prefix}\u{10FFFF}`;

/**
 * Finds cases by the start of the case number, applicant name, ID or credit code, or phone;
 * each is an indexed range, so the search stays fast however many cases the desk holds.
 * (Substring search over Chinese names comes with the full-text index.)
 */
export function searchCases(db: Db, search: CaseSearch, today: string): { total: number; rows: CaseSummary[] } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const query = search.query.trim();
  if (query) {
    const upper = query.toUpperCase();
    params.q = query;
    params.qEnd = prefixEnd(query);
    params.u = upper;
    params.uEnd = prefixEnd(upper);
    where.push(`case_no IN (
      SELECT case_no FROM cases WHERE case_no >= @u AND case_no < @uEnd
      UNION SELECT case_no FROM cases WHERE applicant_name >= @q AND applicant_name < @qEnd
      UNION SELECT case_no FROM cases WHERE applicant_id_number >= @u AND applicant_id_number < @uEnd
      UNION SELECT case_no FROM cases WHERE applicant_phone >= @q AND applicant_phone < @qEnd)`);
  }
  if (search.todayOnly) {
    where.push('received_on = @today');
    params.today = today;
  }
  if (search.state) {
    where.push('state = @state');
    params.state = search.state;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM cases ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * FROM cases ${clause} ORDER BY received_at DESC, case_no DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: search.pageSize, offset: (search.page - 1) * search.pageSize }) as CaseRow[];
  return { total, rows: rows.map(toCaseSummary) };
}
