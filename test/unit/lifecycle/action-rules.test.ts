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
