import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { caseStateLabels, type CaseState } from '../../../shared/intake/case-types';
import { transitionProblem } from '../../../shared/lifecycle/case-transitions';
import type { Db } from '../../db/open-database';
import { assignedAgentId } from '../agents/agent-repository';
import { loadCase, type LoadedCase } from './lifecycle-repository';

export const notYourCaseMessage = '该案件未指派给您，不能办理';

/** An agent may act only on the cases assigned to them; everyone else as their role allows. */
export function assertMayAct(db: Db, user: SessionUser, caseNo: string): void {
  if (user.role === 'agent' && assignedAgentId(db, caseNo) !== user.id) throw new AppError('FORBIDDEN', notYourCaseMessage);
}

/** Loads a case for a change by `user`; call inside the change's transaction. */
export function loadForChange(db: Db, user: SessionUser, caseNo: string): LoadedCase {
  const loaded = loadCase(db, caseNo);
  assertMayAct(db, user, loaded.kase.case_no);
  return loaded;
}

export function requireTransition(from: CaseState, to: CaseState): void {
  const problem = transitionProblem(from, to);
  if (problem) throw new AppError('CONFLICT', problem);
}

/** While the departments work the case: 已受理 or 办理中. */
export function requireWorking(state: CaseState, what: string): void {
  if (state !== 'accepted' && state !== 'in-progress') throw new AppError('CONFLICT', `案件当前为“${caseStateLabels[state]}”，不能${what}`);
}
