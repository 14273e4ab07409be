import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf } from '../../../src/main/services/lifecycle/allowed-actions';
import type { CaseLifecycle, LifecycleAction } from '../../../src/shared/lifecycle/lifecycle-view';
import { lifecycleActions } from '../../../src/shared/lifecycle/lifecycle-view';
import type { TestDesk } from '../../helpers/test-backend';
import { employerInsuranceItem, foundingItem, hygieneItem, mandate, openLifecycleDesk, register, w } from './lifecycle-fixtures';
import { receiptsFor } from '../../helpers/intake-fixtures';

/**
 * Model-based property test: random sequences of lifecycle actions against a real back end.
 * Before each step the case page's offer is read (`lifecycle.get().actions`) by the one who acts,
 * the hall's window or a proxy agent (who sees only the cases assigned to them); the call is then
 * made with inputs a clerk would give. It must succeed exactly when the action was offered.
 */
interface Real {
  desk: TestDesk;
  caseNo: string;
  materialKeys: string[];
  agents: number[];
}
type Model = { steps: number };

let docCounter = 0;

function inputFor(action: LifecycleAction, view: CaseLifecycle, real: Real): unknown {
  const caseNo = real.caseNo;
  const open = view.subtasks.find((t) => t.state !== 'done');
  switch (action) {
    case 'supply': {
      const owed = view.materials.filter((m) => m.status === 'missing' || m.status === 'deferred');
      const lines = owed.length > 0 ? owed : view.materials.slice(0, 1);
      const keys = lines.length > 0 ? lines.map((m) => m.key) : real.materialKeys.slice(0, 1);
      return { caseNo, materials: keys.map((key) => ({ key, originals: 2, copies: 2 })) };
    }
    case 'start':
      return { caseNo };
    case 'request-materials':
      return { caseNo, keys: real.materialKeys.slice(0, 1), note: '部门要求补充材料' };
    case 'record-decision': {
      const task = open ?? view.subtasks.find((t) => t.docNo === null) ?? view.subtasks[0]!;
      docCounter += 1;
      return {
        caseNo,
        position: task.position,
        outcome: task.outcome ?? 'approved',
        docNo: `江决〔2026〕${docCounter}号`,
        decidedOn: view.today,
      };
    }
    case 'special-step': {
      const task = view.subtasks.find((t) => t.state !== 'done' && t.steps.length > 0) ?? view.subtasks[0]!;
      const step = task.steps[0];
      return { caseNo, position: task.position, stepName: step?.name ?? '现场勘验', action: step?.running ? 'end' : 'start' };
    }
    case 'deliver':
      return {
        caseNo,
        method: 'window',
        recipient: '张三',
        recipientKind: 'applicant',
        recipientIdNumber: '11010519491231002X',
        documents: '决定书1份',
        signed: true,
      };
    case 'withdraw':
      return { caseNo, reason: '申请人书面申请撤回', applicantRequest: true };
    case 'terminate':
      return { caseNo, reason: '申请人死亡，终止办理' };
    case 'assign-agent':
      return { caseNo, agentId: real.agents[0], mandate };
    case 'handover':
      return { caseNo, toAgentId: real.agents.find((id) => id !== view.agent?.id) ?? real.agents[0], reason: '代办员休假' };
  }
}

/** Who acts: the administrator's window, or one of the two proxy agents (each logged in at their own window). */
const actors = [w, 'D001', 'D002'] as const;

class Attempt implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly action: LifecycleAction,
    readonly actor: (typeof actors)[number],
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    model.steps += 1;
    const view = await real.desk.call('lifecycle.get', { caseNo: real.caseNo }, w);
    // An agent not assigned the case is refused the page itself: nothing is offered to them.
    const page = await real.desk.backend.dispatch({ channel: 'lifecycle.get', input: { caseNo: real.caseNo }, sessionKey: this.actor });
    const offered = page.ok && (page.value as CaseLifecycle).actions.includes(this.action);
    const result = await real.desk.backend.dispatch({
      channel: channelOf[this.action],
      input: inputFor(this.action, view, real),
      sessionKey: this.actor,
    });
    const outcome = result.ok ? 'succeeded' : `refused: ${result.error.code} ${result.error.message}`;
    expect({ action: this.action, actor: this.actor, state: view.state, offered, outcome }).toEqual({
      action: this.action,
      actor: this.actor,
      state: view.state,
      offered,
      outcome: offered ? 'succeeded' : expect.stringMatching(/^refused: (CONFLICT|FORBIDDEN|VALIDATION|NOT_FOUND)/),
    });
  }
  toString = () => `${this.action}@${this.actor}`;
}

/** Ending a case (撤回, 终止) or sending it back (补正) is drawn rarely, so runs get as far as 出件. */
const weights: Partial<Record<LifecycleAction, number>> = { withdraw: 1, terminate: 1, 'request-materials': 2, 'record-decision': 8 };
const attempts = actors.flatMap((actor) =>
  lifecycleActions.map((action) => ({
    arbitrary: fc.constant(new Attempt(action, actor)),
    weight: (weights[action] ?? 5) * (actor === w ? 2 : 1),
  })),
);

/** The case a run starts from: one or two items, every material in or one missing (待补正), with or without the first agent. */
const startingCase = fc.record({
  items: fc.constantFrom([foundingItem], [hygieneItem], [employerInsuranceItem, foundingItem]),
  missingOne: fc.boolean(),
  withAgent: fc.boolean(),
});

describe('lifecycle: an action is offered exactly when its call succeeds', () => {
  let desk: TestDesk;
  const agents: number[] = [];

  beforeAll(async () => {
    desk = await openLifecycleDesk();
    for (const [staffNo, name] of [
      ['D001', '钱代办'],
      ['D002', '孙代办'],
    ] as const) {
      agents.push((await desk.call('users.create', { staffNo, name, role: 'agent', password: 'Passw0rd2026' }, w)).id);
      await desk.call('auth.login', { staffNo, password: 'Passw0rd2026' }, staffNo);
    }
  });
  afterAll(() => desk.close());

  it('for random action sequences from random starting cases', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(startingCase, fc.commands([fc.oneof(...attempts)], { maxCommands: 24 }), async (start, commands) => {
        const items = [...start.items];
        const { plan } = await receiptsFor(desk, items, w);
        const missing = start.missingOne
          ? plan.materials
              .filter((m) => m.necessity === 'required')
              .slice(0, 1)
              .map((m) => m.key)
          : [];
        const kase = await register(desk, items, { missing });
        if (start.withAgent) await desk.call('agents.assign', { caseNo: kase.caseNo, agentId: agents[0]!, mandate }, w);
        const real: Real = { desk, caseNo: kase.caseNo, materialKeys: plan.materials.map((m) => m.key), agents };
        await fc.asyncModelRun(() => ({ model: { steps: 0 }, real }), commands);
      }),
      { numRuns: 80 },
    );
  });
});
