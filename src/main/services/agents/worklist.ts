import type { SessionUser } from '../../../shared/contract/user-types';
import type { CaseClockRow } from '../../../shared/lifecycle/lifecycle-view';
import type { LifecycleCaseRow } from '../lifecycle/lifecycle-repository';
import { byUrgency, clockRows, openStatesSql, type RowDeps } from '../supervision/case-rows';

/** 代办工作台: the agent's own open cases, each with what is next and what is still missing. */
export function readWorklist(deps: RowDeps, agent: SessionUser, today: string): CaseClockRow[] {
  const cases = deps.db
    .prepare(`SELECT c.* FROM case_agents a JOIN cases c ON c.case_no = a.case_no WHERE a.agent_id = ? AND c.state IN ${openStatesSql}`)
    .all(agent.id) as LifecycleCaseRow[];
  return clockRows(deps, cases, today).sort(byUrgency);
}
