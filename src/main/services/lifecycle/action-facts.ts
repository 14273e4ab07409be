import type { ActionFacts } from '../../../shared/lifecycle/action-rules';
import type { Db } from '../../db/open-database';
import { findAssignment } from '../agents/agent-repository';
import type { ItemLookup } from './case-clock';
import type { LoadedCase } from './lifecycle-repository';

/** What the action rule (shared/lifecycle/action-rules.ts) reads of a stored case: for the offer and for each call. */
export function actionFactsOf(db: Db, loaded: LoadedCase, items: ItemLookup): ActionFacts {
  const agent = findAssignment(db, loaded.kase.case_no);
  return {
    state: loaded.kase.state,
    tasks: loaded.tasks.map((t) => ({
      state: t.task_state,
      hasDocument: t.decision_doc_no !== null,
      hasSteps: items(t.item_code, t.item_version).specialSteps.length > 0,
    })),
    owesMaterials: loaded.materials.some((m) => m.status === 'missing' || m.status === 'deferred'),
    agentId: agent?.id ?? null,
    agentName: agent ? `${agent.name}（${agent.staffNo}）` : undefined,
  };
}
