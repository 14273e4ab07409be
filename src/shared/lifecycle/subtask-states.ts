/**
 * A joint case (联审联办) has one sub-task per item, each worked by its department; a single
 * item case has one. The case is 已办结 when every sub-task is done.
 */
export const subtaskStates = ['pending', 'in-progress', 'suspended', 'done'] as const;
export type SubtaskState = (typeof subtaskStates)[number];

export const subtaskStateLabels: Record<SubtaskState, string> = {
  pending: '待办理',
  'in-progress': '办理中',
  suspended: '已中止',
  done: '已办结',
};

/** A department's decision: 准予 or 不予 (许可/登记/确认 alike). */
export const outcomes = ['approved', 'disapproved'] as const;
export type Outcome = (typeof outcomes)[number];
export const outcomeLabels: Record<Outcome, string> = { approved: '准予', disapproved: '不予' };

/** The case's result from its sub-tasks' results. */
export const caseOutcomes = ['approved', 'disapproved', 'partial'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];
export const caseOutcomeLabels: Record<CaseOutcome, string> = { approved: '准予', disapproved: '不予', partial: '部分准予' };

const subtaskTransitions: Readonly<Record<SubtaskState, readonly SubtaskState[]>> = {
  pending: ['in-progress', 'suspended', 'done'],
  'in-progress': ['suspended', 'done'],
  suspended: ['in-progress', 'done'],
  done: [],
};

export function maySubtaskMove(from: SubtaskState, to: SubtaskState): boolean {
  return subtaskTransitions[from].includes(to);
}

/** null while some sub-task is open or a done one has no recorded outcome yet; a 部分准予 sub-task makes the case's result partial. */
export function caseOutcomeOf(results: readonly (Outcome | 'partial' | null)[]): CaseOutcome | null {
  if (results.length === 0 || results.some((r) => r === null)) return null;
  if (results.every((r) => r === 'approved')) return 'approved';
  if (results.every((r) => r === 'disapproved')) return 'disapproved';
  return 'partial';
}
