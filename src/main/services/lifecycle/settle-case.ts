import type { CaseState } from '../../../shared/intake/case-types';
import { caseOutcomeOf } from '../../../shared/lifecycle/subtask-states';
import type { Db } from '../../db/open-database';
import { closePause, listPauses, loadCase, updateCase } from './lifecycle-repository';

/** Ends every running pause (a case that is finished or closed has no clock left). */
export function closeOpenPauses(db: Db, caseNo: string, today: string): void {
  for (const pause of listPauses(db, caseNo)) if (pause.to_date === null) closePause(db, pause.id, today);
}

/**
 * Moves the case to follow its sub-tasks: 已受理 → 办理中 once a department works it, → 已办结
 * when every sub-task is done (the result from theirs, the date of the last decision). A
 * decided case keeps its result in step with results recorded later. Returns the new state.
 */
export function settleCase(db: Db, caseNo: string, today: string): CaseState {
  const { kase, tasks } = loadCase(db, caseNo);
  const state = kase.state;
  const outcome = caseOutcomeOf(tasks.map((t) => (t.decision_partial === 1 && t.task_outcome === 'approved' ? 'partial' : t.task_outcome)));
  if (state === 'decided' || state === 'delivered') {
    if (outcome !== kase.outcome) updateCase(db, caseNo, { outcome });
    return state;
  }
  if (state !== 'accepted' && state !== 'in-progress') return state;
  if (tasks.every((t) => t.task_state === 'done')) {
    const decidedOn = tasks.map((t) => t.decision_date ?? today).reduce((a, b) => (a > b ? a : b));
    closeOpenPauses(db, caseNo, today);
    updateCase(db, caseNo, { state: 'decided', outcome, decided_on: decidedOn });
    return 'decided';
  }
  if (state === 'accepted' && tasks.some((t) => t.task_state !== 'pending')) {
    updateCase(db, caseNo, { state: 'in-progress' });
    return 'in-progress';
  }
  return state;
}
