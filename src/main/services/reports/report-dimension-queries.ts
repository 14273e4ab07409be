import type { ReportDimension } from '../../../shared/reports/report-schemas';
import type { Db } from '../../db/open-database';

/**
 * How the rows of one table (alias `t`: cases or ratings, both with clerk_staff_no) are grouped,
 * in SQL. Only keys are grouped on, so a month is counted from covering indexes; the labels
 * (names) are looked up afterwards for the few keys found.
 */
export interface Grouping {
  join: string;
  key: string;
}

export function dimensionGrouping(dimension: ReportDimension): Grouping {
  if (dimension === 'clerk') return { join: '', key: 't.clerk_staff_no' };
  if (dimension === 'item') return { join: 'JOIN case_items i ON i.case_no = t.case_no', key: 'i.item_code' };
  // A joint case counts once for each department: at its first item there (the first item of a
  // case always is, which spares most cases the check).
  return {
    join: `JOIN case_items i ON i.case_no = t.case_no
      AND (i.position = 0
        OR NOT EXISTS (SELECT 1 FROM case_items j WHERE j.case_no = i.case_no AND j.department = i.department AND j.position < i.position))`,
    key: 'i.department',
  };
}

export const count = (condition = '1') => `coalesce(sum(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`;

/** Names for the keys of a dimension: the clerk's name, the item's name (its newest version). */
export function labelsOf(db: Db, dimension: ReportDimension, keys: readonly string[]): Map<string, string> {
  const labels = new Map(keys.map((key) => [key, key]));
  if (dimension === 'department' || keys.length === 0) return labels;
  const json = JSON.stringify(keys);
  const rows =
    dimension === 'clerk'
      ? (db.prepare('SELECT staff_no AS key, name AS label FROM users WHERE staff_no IN (SELECT value FROM json_each(?))').all(json) as {
          key: string;
          label: string;
        }[])
      : (db
          .prepare(
            'SELECT code AS key, name AS label FROM catalogue_items WHERE code IN (SELECT value FROM json_each(?)) ORDER BY code, version',
          )
          .all(json) as { key: string; label: string }[]);
  const named = new Set(rows.map((row) => row.key));
  for (const row of rows) labels.set(row.key, row.label);
  // A clerk with no account here (a case that came from another desk): the name on a case.
  const nameOnCase = db.prepare(
    'SELECT c.clerk_name AS label FROM case_search s JOIN cases c ON c.case_no = s.case_no WHERE s.clerk_staff_no = ? LIMIT 1',
  );
  if (dimension === 'clerk') {
    for (const key of keys.filter((k) => !named.has(k))) {
      const found = nameOnCase.get(key) as { label: string } | undefined;
      if (found) labels.set(key, found.label);
    }
  }
  return labels;
}
