import type { SubtaskState } from './subtask-states';
import type { Outcome } from './subtask-states';

/**
 * How the desk reads a department's `case-status` (docs/sync-protocol.md §5): what it does to
 * that department's sub-tasks, and what it does to the case as a whole.
 * - in-review → the sub-task is 办理中; suspended → 已中止;
 * - approved / disapproved / partially-approved → the sub-task is done with that result (部分准予
 *   is a 准予 of part of the application: the case's result is then 部分准予);
 * - completed / ready-for-collection → the sub-task is done (its result as already reported, or
 *   recorded by the window later); ready-for-collection also marks the result as at the window;
 * - materials-requested → the case is 待补正 with the department's list, its clock stopped;
 * - special-step-started / -ended → that sub-task's 特殊环节 runs / ends (a pause of its clock);
 * - delivered → the case is 已出件 (handed over by the department) once it is 已办结;
 * - terminated → the case is 终止.
 */
export type DepartmentEffect =
  | { kind: 'task'; to: SubtaskState; outcome: Outcome | null; partial: boolean; readyForCollection: boolean }
  | { kind: 'materials' }
  | { kind: 'special-step'; action: 'start' | 'end' }
  | { kind: 'case'; to: 'delivered' | 'terminated' };

const task = (
  to: SubtaskState,
  outcome: Outcome | null,
  extra: { partial?: boolean; readyForCollection?: boolean } = {},
): DepartmentEffect => ({
  kind: 'task',
  to,
  outcome,
  partial: extra.partial ?? false,
  readyForCollection: extra.readyForCollection ?? false,
});

const effects: Record<string, DepartmentEffect> = {
  'in-review': task('in-progress', null),
  suspended: task('suspended', null),
  approved: task('done', 'approved'),
  disapproved: task('done', 'disapproved'),
  'partially-approved': task('done', 'approved', { partial: true }),
  completed: task('done', null),
  'ready-for-collection': task('done', null, { readyForCollection: true }),
  'materials-requested': { kind: 'materials' },
  'special-step-started': { kind: 'special-step', action: 'start' },
  'special-step-ended': { kind: 'special-step', action: 'end' },
  delivered: { kind: 'case', to: 'delivered' },
  terminated: { kind: 'case', to: 'terminated' },
};

export function departmentEffect(state: string): DepartmentEffect | undefined {
  return Object.prototype.hasOwnProperty.call(effects, state) ? effects[state] : undefined;
}
