import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDesk } from '../../helpers/test-backend';
import {
  advanceDays,
  changesOf,
  enterprise,
  foundingItem,
  openLifecycleDesk,
  person,
  register,
  signIn,
  socialCardItem,
  w,
} from './lifecycle-fixtures';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openLifecycleDesk(); // Monday 2026-03-02, 09:30 in the hall
  await signIn(desk, 'C001', '李窗口', 'clerk');
  await signIn(desk, 'S001', '赵科长', 'supervisor');
});
afterEach(() => desk.close());

const clerk = 'C001';
const supervisorPassword = 'Passw0rd2026';

function outboxOps(caseNo: string) {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  const rows = db.prepare("SELECT op, payload FROM outbox WHERE entity = 'case' AND entity_id = ? ORDER BY seq").all(caseNo) as {
    op: string;
    payload: string;
  }[];
  db.close();
  return rows.map((r) => ({ op: r.op, payload: JSON.parse(r.payload) as { state: string; applicant: { phone: string; name: string } } }));
}

describe('更正 of contact fields and material counts', () => {
  it("corrects an enterprise's phone and contact person with the reason, in history, audit and outbox, never its identity", async () => {
    const kase = await register(desk, [foundingItem], { applicant: enterprise, session: clerk });
    const result = await desk.call(
      'cases.correctContact',
      // An identity field sent along is not part of the contract and is dropped.
      {
        caseNo: kase.caseNo,
        phone: '13900001111',
        contactName: '王小丽',
        reason: '申请人当场发现电话填错',
        ...({ name: '别的公司' } as object),
      },
      clerk,
    );
    expect(result.detail.applicant).toMatchObject({
      name: enterprise.name,
      phone: '13900001111',
      contactName: '王小丽',
      idNumber: enterprise.creditCode,
    });
    expect(result.lifecycle.history[0]?.summary).toBe(
      '更正申请人联系信息：联系电话由“13812345678”改为“13900001111”；联系人由“刘芳”改为“王小丽”。原因：申请人当场发现电话填错',
    );
    const audit = (await changesOf(desk, kase.caseNo)).at(-1)!;
    expect(audit).toMatchObject({ action: 'case.corrected', actorStaffNo: clerk });
    expect(outboxOps(kase.caseNo).at(-1)).toMatchObject({
      op: 'case.corrected',
      payload: { applicant: { phone: '13900001111', name: enterprise.name } },
    });
    // The applicant's own record follows, so the next visit is pre-filled right.
    const found = await desk.call('applicants.find', { kind: 'enterprise', idNumber: enterprise.creditCode }, clerk);
    expect(found).toMatchObject({ phone: '13900001111', contactName: '王小丽' });
    // The new phone finds the case.
    const search = await desk.call('cases.search', { query: '13900001111' }, clerk);
    expect(search.rows.map((r) => r.caseNo)).toEqual([kase.caseNo]);
  });

  it('refuses a correction without a reason, without a change, or of a person’s contact name', async () => {
    const kase = await register(desk, [socialCardItem], { applicant: person, session: clerk });
    expect(await desk.fail('cases.correctContact', { caseNo: kase.caseNo, phone: '13900001111', reason: '' }, clerk)).toMatchObject({
      code: 'VALIDATION',
      field: 'reason',
    });
    expect(await desk.fail('cases.correctContact', { caseNo: kase.caseNo, phone: person.phone, reason: '核对无误' }, clerk)).toMatchObject({
      message: '更正后的联系信息与原来相同',
    });
    expect(
      await desk.fail('cases.correctContact', { caseNo: kase.caseNo, contactName: '李四', reason: '填错联系人' }, clerk),
    ).toMatchObject({ field: 'contactName' });
    const agent = await signIn(desk, 'D001', '周代办', 'agent');
    expect(agent.role).toBe('agent');
    expect(await desk.fail('cases.correctContact', { caseNo: kase.caseNo, phone: '13900001111', reason: '填错' }, 'D001')).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('corrects the counts of a received material line and refuses a line not received', async () => {
    const kase = await register(desk, [foundingItem], {
      applicant: enterprise,
      session: clerk,
      missing: ['premises-proof'],
      decision: { kind: 'correction-notice' },
    });
    const line = kase.materials.find((m) => m.status === 'received')!;
    const result = await desk.call(
      'cases.correctMaterial',
      {
        caseNo: kase.caseNo,
        materialKey: line.key,
        originals: line.receivedOriginals,
        copies: line.receivedCopies + 1,
        reason: '复印件少登记一份',
      },
      clerk,
    );
    const after = result.detail.materials.find((m) => m.key === line.key)!;
    expect(after.receivedCopies).toBe(line.receivedCopies + 1);
    expect(result.lifecycle.history[0]?.summary).toContain(`更正材料“${line.name}”的份数`);
    expect(outboxOps(kase.caseNo).at(-1)?.op).toBe('case.corrected');
    const missing = await desk.fail(
      'cases.correctMaterial',
      { caseNo: kase.caseNo, materialKey: 'premises-proof', originals: 1, copies: 0, reason: '已收到' },
      clerk,
    );
    expect(missing).toMatchObject({ code: 'CONFLICT' });
    expect(missing.message).toContain('不能更正份数');
  });
});

describe('作废 of a case registered by mistake', () => {
  const approval = (password = supervisorPassword, staffNo = 'S001') => ({ staffNo, password });

  it('voids the same day with a supervisor’s 工号 and password: kept, marked 已作废 everywhere, number never reused, synced', async () => {
    const kase = await register(desk, [socialCardItem], { applicant: person, session: clerk });
    const result = await desk.call('cases.void', { caseNo: kase.caseNo, reason: '事项选错，重新登记', approver: approval() }, clerk);
    expect(result.detail.state).toBe('voided');
    expect(result.lifecycle.history[0]?.summary).toBe('作废（误登记）：事项选错，重新登记。审批人：赵科长（S001）');
    const audit = (await changesOf(desk, kase.caseNo)).at(-1)!;
    expect(audit).toMatchObject({ action: 'case.voided', actorStaffNo: clerk });
    expect(JSON.parse(audit.detail)).toMatchObject({ approver: 'S001', reason: '事项选错，重新登记' });
    expect(outboxOps(kase.caseNo).at(-1)).toMatchObject({ op: 'case.voided', payload: { state: 'voided' } });

    const next = await register(desk, [socialCardItem], { applicant: person, session: clerk });
    expect(Number(next.caseNo.slice(-6))).toBe(Number(kase.caseNo.slice(-6)) + 1);
    // Still found, and marked.
    const found = await desk.call('cases.search', { query: kase.caseNo }, clerk);
    expect(found.rows.find((r) => r.caseNo === kase.caseNo)?.state).toBe('voided');
    // Not printable, not in the figures.
    expect(await desk.fail('print.preview', { caseNo: kase.caseNo, docType: 'acceptance-notice' }, clerk)).toMatchObject({
      code: 'VALIDATION',
    });
    const figures = await desk.call('reports.figures', { period: 'day', date: '2026-03-02', groupBy: 'clerk' }, w);
    expect(figures.total).toMatchObject({ received: 1, accepted: 1 });
    expect(await desk.fail('cases.void', { caseNo: kase.caseNo, reason: '再次作废', approver: approval() }, clerk)).toMatchObject({
      message: '该案件已作废',
    });
  });

  it('refuses without a supervisor: a clerk, oneself, a wrong password (counted towards the lockout)', async () => {
    const kase = await register(desk, [socialCardItem], { applicant: person, session: clerk });
    await signIn(desk, 'C002', '钱窗口', 'clerk');
    const byClerk = await desk.fail(
      'cases.void',
      { caseNo: kase.caseNo, reason: '登记错误', approver: approval(supervisorPassword, 'C002') },
      clerk,
    );
    expect(byClerk).toMatchObject({ code: 'FORBIDDEN', field: 'approver.staffNo' });
    const self = await desk.fail('cases.void', { caseNo: kase.caseNo, reason: '登记错误', approver: approval() }, 'S001');
    expect(self.message).toContain('不能自己审批');
    for (let i = 0; i < 4; i++) {
      expect(
        await desk.fail('cases.void', { caseNo: kase.caseNo, reason: '登记错误', approver: approval('wrong-pass1') }, clerk),
      ).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    await desk.fail('cases.void', { caseNo: kase.caseNo, reason: '登记错误', approver: approval('wrong-pass1') }, clerk);
    expect(await desk.fail('cases.void', { caseNo: kase.caseNo, reason: '登记错误', approver: approval() }, clerk)).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '审批人密码错误次数过多，请稍后再试',
    });
    expect((await desk.call('cases.get', { caseNo: kase.caseNo }, clerk)).state).toBe('accepted');
    const failed = (await desk.call('audit.list', { page: 1, pageSize: 50 }, w)).rows.filter((r) => r.action === 'approval.failed');
    expect(failed.length).toBe(6);
  });

  it('refuses the next day, whatever the approval', async () => {
    const kase = await register(desk, [socialCardItem], { applicant: person, session: clerk });
    advanceDays(desk, 1);
    const late = await desk.fail('cases.void', { caseNo: kase.caseNo, reason: '登记错误', approver: approval() }, clerk);
    expect(late).toMatchObject({ code: 'CONFLICT' });
    expect(late.message).toContain('只能作废当天登记的案件');
  });
});
