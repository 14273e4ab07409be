import { describe, expect, it } from 'vitest';
import { actionFitsCase, actionRefusal, type ActionFacts } from '../../../src/shared/lifecycle/action-rules';

const facts = (over: Partial<ActionFacts>): ActionFacts => ({
  state: 'accepted',
  tasks: [{ state: 'pending', hasDocument: false, hasSteps: false }],
  owesMaterials: false,
  agentId: null,
  ...over,
});

describe('the action rule shared by the case page and the back end', () => {
  it('says why in Chinese when an action does not fit, for states with no transition to name', () => {
    const waiting = facts({ state: 'awaiting-materials' });
    expect(actionFitsCase('start', waiting)).toBe(false);
    expect(actionRefusal('start', waiting)).toBe('案件当前为“待补正”，不能开始办理');
  });

  it('names the transition when the state machine refuses it', () => {
    expect(actionRefusal('withdraw', facts({ state: 'decided' }))).toBe('案件当前为“已办结”，不能改为“已撤回”');
  });

  it('says what is missing when the state fits but nothing waits', () => {
    const done = facts({ state: 'in-progress', tasks: [{ state: 'in-progress', hasDocument: false, hasSteps: false }] });
    expect(actionFitsCase('start', done)).toBe(false);
    expect(actionRefusal('start', done)).toBe('没有待开始办理的子任务');
    expect(actionRefusal('supply', facts({}))).toBe('本案件没有待补交的材料');
    expect(actionRefusal('special-step', facts({}))).toBe('没有可登记特殊环节的子任务');
  });
});

describe('the agent calls and a voided case under the same rule', () => {
  it('names the agent already assigned, and asks for an assignment before a hand-over', () => {
    const assigned = facts({ agentId: 7, agentName: '钱代办（D001）' });
    expect(actionFitsCase('assign-agent', assigned)).toBe(false);
    expect(actionRefusal('assign-agent', assigned)).toBe('该案件已指派给代办员 钱代办（D001），更换代办员请办理交接');
    expect(actionFitsCase('handover', facts({}))).toBe(false);
    expect(actionRefusal('handover', facts({ state: 'withdrawn' }))).toBe('该案件尚未指派代办员，请先指派');
    expect(actionRefusal('assign-agent', facts({ state: 'delivered' }))).toBe('案件当前为“已出件”，不能指派代办员');
  });

  it('judges 登记办理结果 on one sub-task: the state machine names why a closed case takes none', () => {
    const reported = { state: 'done' as const, hasDocument: false, hasSteps: false };
    expect(actionFitsCase('record-decision', facts({ state: 'delivered', tasks: [reported] }))).toBe(true);
    expect(actionFitsCase('record-decision', facts({ state: 'awaiting-materials' }))).toBe(false);
    expect(actionRefusal('record-decision', facts({ state: 'withdrawn', tasks: [reported] }))).toBe('案件当前为“已撤回”，不能改为“已办结”');
  });

  it('offers nothing on a voided case and says so for every action', () => {
    const voided = facts({ state: 'voided', agentId: 7, owesMaterials: true });
    for (const action of ['supply', 'start', 'record-decision', 'withdraw', 'assign-agent', 'handover'] as const) {
      expect(actionFitsCase(action, voided)).toBe(false);
      expect(actionRefusal(action, voided)).toMatch(/^该案件已作废（误登记），不能/);
    }
  });
});
