import type { SessionUser } from '../../../shared/contract/user-types';
import type { CaseClockRow } from '../../../shared/lifecycle/lifecycle-view';
import type { LifecycleCaseRow } from '../lifecycle/lifecycle-repository';
import { byUrgency, clockRows, openStatesSql, type RowDeps } from './case-rows';

/** A clerk's own open cases (首问负责: whoever took it follows it), the most urgent first. */
export function readMyCases(deps: RowDeps, user: SessionUser, today: string): CaseClockRow[] {
  const mine = deps.db.prepare(`SELECT * FROM cases WHERE clerk_id = ? AND state IN ${openStatesSql}`).all(user.id) as LifecycleCaseRow[];
  return clockRows(deps, mine, today).sort(byUrgency);
}
