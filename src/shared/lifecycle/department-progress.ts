import type { SubtaskState } from './subtask-states';
import type { Outcome } from './subtask-states';

/**
 * How the desk reads a department's `case-status` (docs/sync-protocol.md §5): what it does to
 * that department's sub-tasks, and what it does to the case as a whole.
 * - in-review → the sub-task is 办理中; suspended → 已中止;
 * - approved / disapproved → the sub-task is done with that result;
 * - completed / ready-for-collection → the sub-task is done (its result as already reported, or
 *   recorded by the window later); ready-for-collection also marks the result as at the window;
 * - delivered → the case is 已出件 (handed over by the department) once it is 已办结;
 * - terminated → the case is 终止.
 */
export type DepartmentEffect =
  | { kind: 'task'; to: SubtaskState; outcome: Outcome | null; readyForCollection: boolean }
  | { kind: 'case'; to: 'delivered' | 'terminated' };

const effects: Record<string, DepartmentEffect> = {
  'in-review': { kind: 'task', to: 'in-progress', outcome: null, readyForCollection: false },
  suspended: { kind: 'task', to: 'suspended', outcome: null, readyForCollection: false },
  approved: { kind: 'task', to: 'done', outcome: 'approved', readyForCollection: false },
  disapproved: { kind: 'task', to: 'done', outcome: 'disapproved', readyForCollection: false },
  completed: { kind: 'task', to: 'done', outcome: null, readyForCollection: false },
  'ready-for-collection': { kind: 'task', to: 'done', outcome: null, readyForCollection: true },
  delivered: { kind: 'case', to: 'delivered' },
  terminated: { kind: 'case', to: 'terminated' },
};

export function departmentEffect(state: string): DepartmentEffect | undefined {
  return Object.prototype.hasOwnProperty.call(effects, state) ? effects[state] : undefined;
}
