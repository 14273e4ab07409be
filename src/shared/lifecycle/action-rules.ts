import { caseStateLabels, type CaseState } from '../intake/case-types';
import { isActive, isFinal, transitionProblem } from './case-transitions';
import type { LifecycleAction } from './lifecycle-view';
import type { SubtaskState } from './subtask-states';

/**
 * The one rule for what may be done to a case now. The case page offers an action when it
 * holds (allowed-actions.ts) and the back end's calls refuse with `actionRefusal` when it does
 * not (case-guard.ts); roles and an agent's assignment are checked beside it.
 */
export interface ActionFacts {
  state: CaseState;
  tasks: readonly { state: SubtaskState; hasDocument: boolean; hasSteps: boolean }[];
  owesMaterials: boolean;
  agentId: number | null;
  /** The assigned agent as the clerk reads them, name and 工号 (for the refusal to assign again). */
  agentName?: string;
}

/** A result the centre reported may get its decision document later, until the case is closed. */
const documentable: readonly CaseState[] = ['accepted', 'in-progress', 'awaiting-materials', 'decided', 'delivered'];

const isWorking = (state: CaseState) => state === 'accepted' || state === 'in-progress';

export function actionFitsCase(action: LifecycleAction, facts: ActionFacts): boolean {
  const working = isWorking(facts.state);
  switch (action) {
    case 'supply':
      return isActive(facts.state) && facts.owesMaterials;
    case 'start':
      return working && facts.tasks.some((t) => t.state === 'pending' || t.state === 'suspended');
    case 'request-materials':
      return working;
    case 'record-decision':
      return (
        (working && facts.tasks.some((t) => t.state !== 'done')) ||
        (documentable.includes(facts.state) && facts.tasks.some((t) => t.state === 'done' && !t.hasDocument))
      );
    case 'special-step':
      return working && facts.tasks.some((t) => t.state !== 'done' && t.hasSteps);
    case 'deliver':
      return facts.state === 'decided';
    case 'withdraw':
    case 'terminate':
      return isActive(facts.state);
    case 'assign-agent':
      return facts.agentId === null && !isFinal(facts.state);
    case 'handover':
      return facts.agentId !== null && !isFinal(facts.state);
  }
}

/** Each action as a refusal names it: 不能{doing}. */
export const actionVerbs: Readonly<Record<LifecycleAction, string>> = {
  supply: '登记补交材料',
  start: '开始办理',
  'request-materials': '登记办理中补正',
  'record-decision': '登记办理结果',
  'special-step': '登记特殊环节',
  deliver: '登记出件',
  withdraw: '登记撤回',
  terminate: '终止办理',
  'assign-agent': '指派代办员',
  handover: '办理代办交接',
};

/** The state an action moves the case to, where it moves it (a decision may make the case 已办结). */
const target: Partial<Record<LifecycleAction, CaseState>> = {
  start: 'in-progress',
  'record-decision': 'decided',
  deliver: 'delivered',
  withdraw: 'withdrawn',
  terminate: 'terminated',
};

/** Why `action` does not fit the case now, as the clerk reads it (only when it does not fit). */
export function actionRefusal(action: LifecycleAction, facts: ActionFacts): string {
  if (facts.state === 'voided') return `该案件已作废（误登记），不能${actionVerbs[action]}`;
  if (action === 'handover' && facts.agentId === null) return '该案件尚未指派代办员，请先指派';
  if (action === 'assign-agent' && !isFinal(facts.state)) {
    return `该案件已指派给代办员${facts.agentName ? ` ${facts.agentName}` : ''}，更换代办员请办理交接`;
  }
  if (action === 'start' && isWorking(facts.state)) return '没有待开始办理的子任务';
  if (action === 'supply' && isActive(facts.state)) return '本案件没有待补交的材料';
  if (action === 'special-step' && isWorking(facts.state)) return '没有可登记特殊环节的子任务';
  const to = target[action];
  const problem = to ? transitionProblem(facts.state, to) : null;
  if (problem) return problem;
  return `案件当前为“${caseStateLabels[facts.state]}”，不能${actionVerbs[action]}`;
}
