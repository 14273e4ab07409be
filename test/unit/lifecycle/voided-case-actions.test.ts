import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../src/shared/contract/api';
import { channelOf } from '../../../src/main/services/lifecycle/allowed-actions';
import { actionVerbs } from '../../../src/shared/lifecycle/action-rules';
import { lifecycleActions, type LifecycleAction } from '../../../src/shared/lifecycle/lifecycle-view';
import type { TestDesk } from '../../helpers/test-backend';
import { foundingItem, mandate, openLifecycleDesk, register, signIn, w } from './lifecycle-fixtures';

/** What each lifecycle call would be given by a clerk; the case is voided, so every one must be refused. */
function inputFor(action: LifecycleAction, caseNo: string, agentId: number): unknown {
  const inputs: Record<LifecycleAction, unknown> = {
    supply: { caseNo, materials: [{ key: 'premises-proof', originals: 1, copies: 1 }] },
    start: { caseNo },
    'request-materials': { caseNo, keys: ['premises-proof'], note: '部门要求补充材料' },
    'record-decision': { caseNo, position: 0, outcome: 'approved', docNo: '江决〔2026〕1号', decidedOn: '2026-03-02' },
    'special-step': { caseNo, position: 0, stepName: '现场勘验', action: 'start' },
    deliver: {
      caseNo,
      method: 'window',
      recipient: '张三',
      recipientKind: 'applicant',
      recipientIdNumber: '11010519491231002X',
      documents: '决定书1份',
      signed: true,
    },
    withdraw: { caseNo, reason: '申请人书面申请撤回', applicantRequest: true },
    terminate: { caseNo, reason: '申请人死亡，终止办理' },
    'assign-agent': { caseNo, agentId, mandate },
    handover: { caseNo, toAgentId: agentId, reason: '代办员休假' },
  };
  return inputs[action];
}

describe('a voided case (作废) is out of the lifecycle', () => {
  let desk: TestDesk;
  let caseNo: string;
  let agentId: number;

  beforeAll(async () => {
    desk = await openLifecycleDesk(); // Monday 2026-03-02
    await signIn(desk, 'C001', '李窗口', 'clerk');
    await signIn(desk, 'S001', '赵科长', 'supervisor');
    agentId = (await signIn(desk, 'D001', '钱代办', 'agent')).id;
    const kase = await register(desk, [foundingItem], { missing: ['premises-proof'], session: 'C001' });
    caseNo = kase.caseNo;
    await desk.call('agents.assign', { caseNo, agentId, mandate }, w);
    expect((await desk.call('lifecycle.get', { caseNo }, w)).actions).not.toEqual([]);
    await desk.call('cases.void', { caseNo, reason: '事项选错', approver: { staffNo: 'S001', password: 'Passw0rd2026' } }, 'C001');
  });
  afterAll(() => desk.close());

  it('offers nothing on the case page', async () => {
    expect((await desk.call('lifecycle.get', { caseNo }, w)).actions).toEqual([]);
  });

  it.each(lifecycleActions)('refuses %s in the back end, saying the case is voided', async (action) => {
    const channel: Channel = channelOf[action];
    const result = await desk.backend.dispatch({ channel, input: inputFor(action, caseNo, agentId), sessionKey: w });
    expect(result.ok ? 'succeeded' : result.error).toEqual({
      code: 'CONFLICT',
      message: `该案件已作废（误登记），不能${actionVerbs[action]}`,
    });
  });
});
