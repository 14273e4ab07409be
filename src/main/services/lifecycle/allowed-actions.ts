import { api, type Channel } from '../../../shared/contract/api';
import { mayCall } from '../../../shared/contract/endpoint';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { CaseState } from '../../../shared/intake/case-types';
import { isActive, isFinal } from '../../../shared/lifecycle/case-transitions';
import type { LifecycleAction } from '../../../shared/lifecycle/lifecycle-view';
import type { SubtaskState } from '../../../shared/lifecycle/subtask-states';

/** The call behind each action a screen offers. */
export const channelOf: Record<LifecycleAction, Channel> = {
  supply: 'lifecycle.supply',
  start: 'lifecycle.start',
  'request-materials': 'lifecycle.requestMaterials',
  'record-decision': 'lifecycle.recordDecision',
  'special-step': 'lifecycle.specialStep',
  deliver: 'lifecycle.deliver',
  withdraw: 'lifecycle.withdraw',
  terminate: 'lifecycle.terminate',
  'assign-agent': 'agents.assign',
  handover: 'agents.handover',
};

export interface ActionFacts {
  state: CaseState;
  tasks: readonly { state: SubtaskState; hasDocument: boolean; hasSteps: boolean }[];
  owesMaterials: boolean;
  agentId: number | null;
}

/** A result the centre reported may get its decision document later, until the case is closed. */
const documentable: readonly CaseState[] = ['accepted', 'in-progress', 'awaiting-materials', 'decided', 'delivered'];

function fitsState(action: LifecycleAction, facts: ActionFacts): boolean {
  const working = facts.state === 'accepted' || facts.state === 'in-progress';
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

/**
 * What the user may do to the case now, for the screens: the endpoint's roles, the case's
 * state, and for an agent the assignment. Each call checks all of it again.
 */
export function allowedActions(user: SessionUser | null, facts: ActionFacts): LifecycleAction[] {
  if (!user) return [];
  if (user.role === 'agent' && facts.agentId !== user.id) return [];
  return (Object.keys(channelOf) as LifecycleAction[]).filter(
    (action) => mayCall(api[channelOf[action]].access, user.role) && fitsState(action, facts),
  );
}
