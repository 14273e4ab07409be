import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDesk } from '../../helpers/test-backend';
import { employerInsuranceItem, foundingItem, mandate, openLifecycleDesk, register, signIn, w } from './lifecycle-fixtures';

let desk: TestDesk;
let agentA: { id: number };
let agentB: { id: number };
beforeEach(async () => {
  desk = await openLifecycleDesk();
  agentA = await signIn(desk, 'D001', '钱代办', 'agent');
  agentB = await signIn(desk, 'D002', '孙代办', 'agent');
  await signIn(desk, 'C101', '李窗口', 'clerk');
});
afterEach(() => desk.close());

describe('帮办代办', () => {
  it("assigns a case with the 代办服务委托书, and shows it in the agent's worklist with what is next and missing", async () => {
    const kase = await register(desk, [foundingItem, employerInsuranceItem], {
      missing: ['premises-proof'],
      decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-03' }] },
    });
    expect(await desk.call('agents.list', {}, 'C101')).toEqual([
      { id: agentA.id, staffNo: 'D001', name: '钱代办' },
      { id: agentB.id, staffNo: 'D002', name: '孙代办' },
    ]);
    const assigned = await desk.call('agents.assign', { caseNo: kase.caseNo, agentId: agentA.id, mandate }, 'C101');
    expect(assigned.lifecycle.agent).toMatchObject({ staffNo: 'D001', name: '钱代办', mandate, assignedBy: '李窗口（C101）' });
    expect(assigned.lifecycle.history[0]!.summary).toContain('免费代办');

    const worklist = await desk.call('agents.worklist', {}, 'D001');
    expect(worklist.rows).toEqual([
      expect.objectContaining({
        caseNo: kase.caseNo,
        agentName: '钱代办',
        nextStep: '已受理，待部门开始审查；另有容缺材料待补交',
        missing: ['住所（经营场所）使用证明（容缺，2026-03-03 前补交）'],
      }),
    ]);
    expect((await desk.call('agents.worklist', {}, 'D002')).rows).toEqual([]);
    // The agent brings the 容缺 material for the applicant.
    const supplied = await desk.call(
      'lifecycle.supply',
      { caseNo: kase.caseNo, materials: [{ key: 'premises-proof', originals: 1, copies: 1 }] },
      'D001',
    );
    expect(supplied.lifecycle).toMatchObject({ deferred: 'supplied', missing: [] });
    expect(JSON.stringify(supplied)).not.toMatch(/fee|费用|收费/);
  });

  it('refuses an agent acting on a case not assigned to them, in the back end', async () => {
    const theirs = await register(desk, [foundingItem], { missing: ['premises-proof'], decision: { kind: 'correction-notice' } });
    const other = await register(desk, [foundingItem], { missing: ['premises-proof'], decision: { kind: 'correction-notice' } });
    await desk.call('agents.assign', { caseNo: theirs.caseNo, agentId: agentA.id, mandate }, w);
    const supply = { caseNo: other.caseNo, materials: [{ key: 'premises-proof', originals: 1, copies: 1 }] };
    expect(await desk.fail('lifecycle.supply', supply, 'D001')).toEqual({ code: 'FORBIDDEN', message: '该案件未指派给您，不能办理' });
    expect(await desk.fail('lifecycle.withdraw', { caseNo: other.caseNo, reason: '撤回', applicantRequest: true }, 'D001')).toEqual({
      code: 'FORBIDDEN',
      message: '该案件未指派给您，不能办理',
    });
    expect(await desk.fail('lifecycle.get', { caseNo: other.caseNo }, 'D001')).toEqual({
      code: 'FORBIDDEN',
      message: '该案件未指派给您，不能办理',
    });
    expect((await desk.call('lifecycle.get', { caseNo: theirs.caseNo }, 'D001')).actions).toEqual(['supply', 'withdraw', 'handover']);
    const accepted = await desk.call('lifecycle.supply', { ...supply, caseNo: theirs.caseNo }, 'D001');
    expect(accepted.detail.state).toBe('accepted');
  });

  it('records a hand-over between agents, after which only the new agent may act', async () => {
    const kase = await register(desk, [foundingItem], { missing: ['premises-proof'], decision: { kind: 'correction-notice' } });
    await desk.call('agents.assign', { caseNo: kase.caseNo, agentId: agentA.id, mandate }, w);
    expect((await desk.fail('agents.assign', { caseNo: kase.caseNo, agentId: agentB.id, mandate }, w)).message).toBe(
      '该案件已指派给代办员 钱代办（D001），更换代办员请办理交接',
    );
    expect((await desk.fail('agents.handover', { caseNo: kase.caseNo, toAgentId: agentA.id, reason: '休假' }, 'D002')).message).toBe(
      '该案件未指派给您，不能办理',
    );
    expect((await desk.fail('agents.handover', { caseNo: kase.caseNo, toAgentId: agentA.id, reason: '休假' }, 'D001')).field).toBe(
      'toAgentId',
    );
    const handed = await desk.call('agents.handover', { caseNo: kase.caseNo, toAgentId: agentB.id, reason: '钱代办休假' }, 'D001');
    expect(handed.lifecycle.agent).toMatchObject({ staffNo: 'D002', mandate });
    expect(handed.lifecycle.handovers).toEqual([
      expect.objectContaining({
        fromStaffNo: 'D001',
        fromName: '钱代办',
        toStaffNo: 'D002',
        toName: '孙代办',
        reason: '钱代办休假',
        byStaffNo: 'D001',
      }),
    ]);
    const supply = { caseNo: kase.caseNo, materials: [{ key: 'premises-proof', originals: 1, copies: 1 }] };
    expect((await desk.fail('lifecycle.supply', supply, 'D001')).message).toBe('该案件未指派给您，不能办理');
    expect((await desk.call('lifecycle.supply', supply, 'D002')).detail.state).toBe('accepted');
    expect((await desk.call('agents.worklist', {}, 'D001')).rows).toEqual([]);
  });

  it('keeps the service free: a mandate with a fee is refused, and only agents can be assigned', async () => {
    const kase = await register(desk, [foundingItem]);
    const withFee = await desk.fail(
      'agents.assign',
      { caseNo: kase.caseNo, agentId: agentA.id, mandate: { ...mandate, fee: 200 } } as never,
      w,
    );
    expect(withFee).toMatchObject({ code: 'VALIDATION', message: '帮办代办服务免费，委托书不得约定任何费用' });
    const clerk = (await desk.call('users.list', {}, w)).find((u) => u.staffNo === 'C101')!;
    expect(await desk.fail('agents.assign', { caseNo: kase.caseNo, agentId: clerk.id, mandate }, w)).toMatchObject({
      field: 'agentId',
      message: '所选账号不是在岗的代办员',
    });
    expect(
      (await desk.fail('agents.assign', { caseNo: kase.caseNo, agentId: agentA.id, mandate: { ...mandate, signedOn: '2026-03-09' } }, w))
        .field,
    ).toBe('mandate.signedOn');
    expect((await desk.fail('agents.assign', { caseNo: kase.caseNo, agentId: agentA.id, mandate }, 'D001')).code).toBe('FORBIDDEN');
  });
});
