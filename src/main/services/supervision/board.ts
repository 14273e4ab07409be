import type { Board } from '../../../shared/contract/lifecycle-endpoints';
import type { WarningLevel } from '../../../shared/lifecycle/warning-level';
import { byUrgency, clockRows, type RowDeps } from './case-rows';
import { listRunningCases } from './supervision-queries';
import { readYellowDays } from './supervision-settings';

export interface BoardFilter {
  level?: WarningLevel | undefined;
  department?: string | undefined;
  clerkStaffNo?: string | undefined;
}

type Group = Board['byDepartment'][number];

function count(groups: Map<string, Group>, key: string, label: string, level: WarningLevel | null): void {
  const group = groups.get(key) ?? { key, label, red: 0, yellow: 0 };
  if (level === 'red') group.red += 1;
  if (level === 'yellow') group.yellow += 1;
  groups.set(key, group);
}

const worstFirst = (a: Group, b: Group) => b.red - a.red || b.yellow - a.yellow || a.label.localeCompare(b.label, 'zh-CN');

/**
 * 督办看板: every running case at yellow or red, grouped by the department whose sub-task is
 * late and by the clerk who took the case, with filters. The groups count what the filters keep.
 */
export function readBoard(deps: RowDeps, filter: BoardFilter, today: string): Board {
  const running = listRunningCases(deps.db);
  const warned = clockRows(deps, running, today).filter((r) => r.level === 'red' || r.level === 'yellow');
  const rows = warned
    .filter((r) => !filter.level || r.level === filter.level)
    .filter((r) => !filter.department || r.departments.includes(filter.department))
    .filter((r) => !filter.clerkStaffNo || r.clerkStaffNo === filter.clerkStaffNo)
    .sort(byUrgency);
  const departments = new Map<string, Group>();
  const clerks = new Map<string, Group>();
  for (const row of rows) {
    for (const department of row.departments) count(departments, department, department, row.level);
    count(clerks, row.clerkStaffNo, row.clerkName, row.level);
  }
  const clerkNames = new Map(warned.map((r) => [r.clerkStaffNo, r.clerkName]));
  return {
    today,
    yellowDays: readYellowDays(deps.db),
    rows,
    byDepartment: [...departments.values()].sort(worstFirst),
    byClerk: [...clerks.values()].sort(worstFirst),
    departments: [...new Set(warned.flatMap((r) => r.departments))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    clerks: [...clerkNames].map(([staffNo, name]) => ({ staffNo, name })).sort((a, b) => a.staffNo.localeCompare(b.staffNo)),
  };
}
