import { api, type Channel } from '../../../shared/contract/api';
import { mayCall } from '../../../shared/contract/endpoint';
import type { SessionUser } from '../../../shared/contract/user-types';
import { actionFitsCase, type ActionFacts } from '../../../shared/lifecycle/action-rules';
import type { LifecycleAction } from '../../../shared/lifecycle/lifecycle-view';

export type { ActionFacts };

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

/**
 * What the user may do to the case now, for the screens: the endpoint's roles, the case's
 * state, and for an agent the assignment. Each call checks all of it again.
 */
export function allowedActions(user: SessionUser | null, facts: ActionFacts): LifecycleAction[] {
  if (!user) return [];
  if (user.role === 'agent' && facts.agentId !== user.id) return [];
  return (Object.keys(channelOf) as LifecycleAction[]).filter(
    (action) => mayCall(api[channelOf[action]].access, user.role) && actionFitsCase(action, facts),
  );
}
