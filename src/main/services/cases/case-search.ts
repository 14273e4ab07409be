import type { CaseSummary } from '../../../shared/intake/case-types';
import type { WarningLevel } from '../../../shared/lifecycle/warning-level';
import type { Db } from '../../db/open-database';
import { searchCaseIndex, type CaseSearchRequest } from '../search/case-index-queries';
import type { SearchFilters } from '../search/term-queries';
import { warningLevelFilter } from '../search/warning-filter-queries';
import { agentScopeFilter } from '../agents/agent-repository';

export type CaseSearch = CaseSearchRequest & { warningLevel?: WarningLevel | undefined };

/**
 * 案件查询: by any part of the case number, applicant name, ID or credit code, phone or item name,
 * with filters (state, received dates, item, clerk, 督办 warning level) and paging; see
 * services/search for the index that keeps it fast at a million cases.
 */
export function searchCases(db: Db, search: CaseSearch, today: string, onlyAgentId?: number): { total: number; rows: CaseSummary[] } {
  const conditions = [
    ...(search.warningLevel ? [warningLevelFilter(db, search.warningLevel, today)] : []),
    ...(onlyAgentId !== undefined ? [agentScopeFilter(onlyAgentId)] : []),
  ];
  return searchCaseIndex(db, search, today, allOf(conditions));
}

function allOf(conditions: NonNullable<SearchFilters['extra']>[]): SearchFilters['extra'] {
  if (conditions.length === 0) return undefined;
  return {
    sql: conditions.map((c) => `(${c.sql})`).join(' AND '),
    params: Object.assign({}, ...conditions.map((c) => c.params)) as Record<string, string | number>,
  };
}
