import { caseStateLabels, type CaseState } from '../intake/case-types';

/**
 * Where a case may go from each state. 待补正 has two faces: before acceptance (the 一次性告知
 * at intake) it leads to 已受理 once the materials are in; after acceptance (a department asks
 * for more) it leads back to 办理中 or 已受理 with the clock paused meanwhile.
 * 不予受理, 已出件, 撤回 and 终止 are final.
 */
export const caseTransitions: Readonly<Record<CaseState, readonly CaseState[]>> = {
  'awaiting-materials': ['accepted', 'in-progress', 'withdrawn', 'terminated'],
  accepted: ['in-progress', 'awaiting-materials', 'decided', 'withdrawn', 'terminated'],
  'in-progress': ['awaiting-materials', 'decided', 'withdrawn', 'terminated'],
  decided: ['delivered'],
  delivered: [],
  refused: [],
  withdrawn: [],
  terminated: [],
  // 作废 is not a step of the case's life but the undoing of a mistaken registration (void-case.ts).
  voided: [],
};

/** States in which the case still runs against its promised date (or waits to be accepted). */
export const activeStates: readonly CaseState[] = ['awaiting-materials', 'accepted', 'in-progress'];

export function isActive(state: CaseState): boolean {
  return activeStates.includes(state);
}

export function isFinal(state: CaseState): boolean {
  return caseTransitions[state].length === 0;
}

export function mayTransition(from: CaseState, to: CaseState): boolean {
  return caseTransitions[from].includes(to);
}

/** null when allowed; otherwise the sentence the clerk reads. */
export function transitionProblem(from: CaseState, to: CaseState): string | null {
  if (mayTransition(from, to)) return null;
  if (from === to) return `案件当前已是“${caseStateLabels[from]}”`;
  return `案件当前为“${caseStateLabels[from]}”，不能改为“${caseStateLabels[to]}”`;
}
