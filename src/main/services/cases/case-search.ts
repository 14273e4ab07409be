import type { CaseSummary } from '../../../shared/intake/case-types';
import type { WarningLevel } from '../../../shared/lifecycle/warning-level';
import type { Db } from '../../db/open-database';
import { searchCaseIndex, type CaseSearchRequest } from '../search/search-cases';
import { warningLevelFilter } from '../search/warning-filter';

export type CaseSearch = CaseSearchRequest & { warningLevel?: WarningLevel | undefined };

/**
 * 案件查询: by any part of the case number, applicant name, ID or credit code, phone or item name,
 * with filters (state, received dates, item, clerk, 督办 warning level) and paging; see
 * services/search for the index that keeps it fast at a million cases.
 */
export function searchCases(db: Db, search: CaseSearch, today: string): { total: number; rows: CaseSummary[] } {
  const warning = search.warningLevel ? warningLevelFilter(db, search.warningLevel, today) : undefined;
  return searchCaseIndex(db, search, today, warning);
}
