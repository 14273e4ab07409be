import type { Db } from '../../db/open-database';
import type { SearchFilters } from './term-queries';

/**
 * The number of cases one filter alone matches (a state, a clerk, an item, or receiving days),
 * read from the counts the triggers of migration search-speed keep; null when the search has
 * any other condition, which is then counted on the indexes.
 */
export function keptFilterCount(db: Db, filters: SearchFilters): number | null {
  if (filters.extra) return null;
  const dated = Boolean(filters.receivedFrom || filters.receivedTo);
  const given = [filters.state, filters.clerkStaffNo, filters.itemCode].filter(Boolean).length + Number(dated);
  if (given !== 1) return null;
  if (dated) {
    const range = { from: filters.receivedFrom ?? '', to: filters.receivedTo ?? '9999-12-31' };
    return countOf(db, "SELECT coalesce(sum(n), 0) AS n FROM case_search_counts WHERE facet = 'day' AND key BETWEEN @from AND @to", range);
  }
  const [facet, key] = filters.state
    ? ['state', filters.state]
    : filters.clerkStaffNo
      ? ['clerk', filters.clerkStaffNo]
      : ['item', filters.itemCode!];
  return countOf(db, 'SELECT coalesce(sum(n), 0) AS n FROM case_search_counts WHERE facet = @facet AND key = @key', { facet, key });
}

/** The cases of the items named by these parameters (a case with two of them counted for each). */
export const keptItemCountSql = (codes: string) =>
  `SELECT coalesce(sum(n), 0) FROM case_search_counts WHERE facet = 'item' AND key IN (${codes})`;

function countOf(db: Db, sql: string, params: Record<string, string>): number {
  return (db.prepare(sql).get(params) as { n: number }).n;
}
