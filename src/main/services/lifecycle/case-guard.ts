import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { CaseState } from '../../../shared/intake/case-types';
import { hallDate } from '../../../shared/calendar/hall-date';
import { actionFitsCase, actionRefusal } from '../../../shared/lifecycle/action-rules';
import { transitionProblem } from '../../../shared/lifecycle/case-transitions';
import type { LifecycleAction } from '../../../shared/lifecycle/lifecycle-view';
import type { Db } from '../../db/open-database';
import { assignedAgentId } from '../agents/agent-repository';
import { actionFactsOf } from './action-facts';
import { itemLookup } from './case-clock';
import type { ChangeContext } from './change-context';
import { loadCase, type LoadedCase, type TaskRow } from './lifecycle-repository';

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

/** The case's sub-task at `position` (a call names one by it). */
export function taskAt(tasks: readonly TaskRow[], position: number): TaskRow {
  const task = tasks.find((t) => t.position === position);
  if (!task) throw new AppError('VALIDATION', '本案件没有该子任务', 'position');
  return task;
}

export function requireTransition(from: CaseState, to: CaseState): void {
  const problem = transitionProblem(from, to);
  if (problem) throw new AppError('CONFLICT', problem);
}

/**
 * The case page's rule, applied to the call: refused exactly when the page would not offer it.
 * A call that names one sub-task (`position`) is judged by the same rule on that sub-task alone.
 */
export function requireAction(
  ctx: Pick<ChangeContext, 'db' | 'catalogue' | 'now'>,
  action: LifecycleAction,
  loaded: LoadedCase,
  position?: number,
): void {
  const facts = actionFactsOf(ctx.db, loaded, itemLookup(ctx.catalogue, hallDate(ctx.now)));
  const judged = position === undefined ? facts : { ...facts, tasks: facts.tasks.filter((_, i) => loaded.tasks[i]?.position === position) };
  if (!actionFitsCase(action, judged)) throw new AppError('CONFLICT', actionRefusal(action, judged));
}
