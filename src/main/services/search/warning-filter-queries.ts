import type { WarningLevel } from '../../../shared/lifecycle/warning-level';
import type { Db } from '../../db/open-database';
import { CalendarService } from '../calendar/calendar-service';
import { CatalogueService } from '../catalogue/catalogue-service';
import type { LifecycleCaseRow } from '../lifecycle/lifecycle-repository';
import { clockRows } from '../supervision/case-rows';
import type { SearchFilters } from './term-queries';

/**
 * The cases at a 督办 warning level today, as the supervision service computes it for its board
 * (the running cases' clocks, pauses included): a condition on the search row. Levels depend on
 * today, so they are worked out per search over the running cases, which are few next to all.
 */
export function warningLevelFilter(db: Db, level: WarningLevel, today: string): NonNullable<SearchFilters['extra']> {
  const running = db
    .prepare("SELECT * FROM cases WHERE state IN ('awaiting-materials', 'accepted', 'in-progress') AND accepted_on IS NOT NULL")
    .all() as LifecycleCaseRow[];
  const deps = { db, calendar: new CalendarService(db).get(), catalogue: new CatalogueService(db) };
  const caseNos = clockRows(deps, running, today)
    .filter((row) => row.level === level)
    .map((row) => row.caseNo);
  return { sql: 's.case_no IN (SELECT value FROM json_each(@warnedCases))', params: { warnedCases: JSON.stringify(caseNos) } };
}
