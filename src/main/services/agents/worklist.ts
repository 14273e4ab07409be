import type { SessionUser } from '../../../shared/contract/user-types';
import type { CaseClockRow } from '../../../shared/lifecycle/lifecycle-view';
import { byUrgency, clockRows, type RowDeps } from '../supervision/case-rows';
import { listAgentOpenCases } from '../supervision/supervision-queries';

/** 代办工作台: the agent's own open cases, each with what is next and what is still missing. */
export function readWorklist(deps: RowDeps, agent: SessionUser, today: string): CaseClockRow[] {
  const cases = listAgentOpenCases(deps.db, agent.id);
  return clockRows(deps, cases, today).sort(byUrgency);
}
