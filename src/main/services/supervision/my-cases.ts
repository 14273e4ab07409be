import type { SessionUser } from '../../../shared/contract/user-types';
import type { CaseClockRow } from '../../../shared/lifecycle/lifecycle-view';
import { byUrgency, clockRows, type RowDeps } from './case-rows';
import { listClerkOpenCases } from './supervision-queries';

/** A clerk's own open cases (首问负责: whoever took it follows it), the most urgent first. */
export function readMyCases(deps: RowDeps, user: SessionUser, today: string): CaseClockRow[] {
  const mine = listClerkOpenCases(deps.db, user.id);
  return clockRows(deps, mine, today).sort(byUrgency);
}
