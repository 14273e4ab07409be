import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDesk } from '../../helpers/test-backend';
import {
  advanceDays,
  employerInsuranceItem,
  foundingItem,
  insuranceDepartment,
  marketDepartment,
  openLifecycleDesk,
  register,
  signIn,
  socialCardItem,
  w,
} from './lifecycle-fixtures';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openLifecycleDesk(); // Monday 2026-03-02
});
afterEach(() => desk.close());

function outboxOf(caseNo: string) {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  const rows = db.prepare("SELECT op, payload FROM outbox WHERE entity = 'case' AND entity_id = ? ORDER BY seq").all(caseNo) as {
    op: string;
    payload: string;
  }[];
  db.close();
  return rows.map((r) => ({ op: r.op, payload: JSON.parse(r.payload) as Record<string, unknown> }));
}

describe('a joint case from 已受理 to 已出件', () => {
  it('tracks each department, finishes when both have decided, and delivers with a signed record', async () => {
    const kase = await register(desk, [foundingItem, employerInsuranceItem]);
    const started = await desk.call('lifecycle.start', { caseNo: kase.caseNo, position: 0 }, w);
    expect(started.detail.state).toBe('in-progress');
    expect(started.lifecycle.subtasks.map((t) => [t.department, t.state])).toEqual([
      [marketDepartment, 'in-progress'],
      [insuranceDepartment, 'pending'],
    ]);
    const first = await desk.call(
      'lifecycle.recordDecision',
      { caseNo: kase.caseNo, position: 0, outcome: 'approved', docNo: '(江)登字〔2026〕第18号', decidedOn: '2026-03-02' },
      w,
    );
    expect(first.detail.state).toBe('in-progress');
    expect(first.lifecycle.nextStep).toBe(`等待 ${insuranceDepartment} 办结`);
    const again = await desk.fail(
      'lifecycle.recordDecision',
      { caseNo: kase.caseNo, position: 0, outcome: 'approved', docNo: 'X-1', decidedOn: '2026-03-02' },
      w,
    );
    expect(again).toMatchObject({
      code: 'CONFLICT',
      message: `“${marketDepartment}”的办理结果已登记（文号 (江)登字〔2026〕第18号），不能重复登记`,
    });
    advanceDays(desk, 1);
    const future = await desk.fail(
      'lifecycle.recordDecision',
      { caseNo: kase.caseNo, position: 1, outcome: 'approved', docNo: '江社保〔2026〕3号', decidedOn: '2026-03-09' },
      w,
    );
    expect(future).toMatchObject({ code: 'VALIDATION', field: 'decidedOn' });
    const decided = await desk.call(
      'lifecycle.recordDecision',
      { caseNo: kase.caseNo, position: 1, outcome: 'approved', docNo: '江社保〔2026〕3号', decidedOn: '2026-03-03' },
      w,
    );
    expect(decided.detail.state).toBe('decided');
    expect(decided.lifecycle).toMatchObject({ outcome: 'approved', decidedOn: '2026-03-03', clock: { underClock: false, level: null } });
    expect(decided.lifecycle.actions).toContain('deliver');

    const unsigned = await desk.fail(
      'lifecycle.deliver',
      {
        caseNo: kase.caseNo,
        method: 'window',
        recipient: '刘芳',
        recipientKind: 'other',
        recipientIdNumber: '11010519491231002X',
        documents: '营业执照正副本各1份',
        signed: false,
      },
      w,
    );
    expect(unsigned.message).toBe('请由领取人在送达回证上签名后再确认出件');
    const noReason = await desk.fail(
      'lifecycle.deliver',
      {
        caseNo: kase.caseNo,
        method: 'window',
        recipient: '刘芳',
        recipientKind: 'other',
        recipientIdNumber: '11010519491231002X',
        documents: '营业执照',
        signed: true,
      },
      w,
    );
    expect(noReason).toMatchObject({ field: 'proxyReason', message: '非申请人本人领取的，须写明代收理由' });
    const mailed = await desk.call(
      'lifecycle.deliver',
      {
        caseNo: kase.caseNo,
        method: 'mail',
        recipient: '刘芳',
        recipientKind: 'other',
        proxyReason: '企业联系人代收',
        documents: '营业执照正副本各1份、社保登记证1份',
        phone: '13812345678',
        address: '江川市人民路1号',
        trackingNo: 'ems1234567890',
      },
      w,
    );
    expect(mailed.detail.state).toBe('delivered');
    expect(mailed.lifecycle.delivery).toMatchObject({
      method: 'mail',
      trackingNo: 'EMS1234567890',
      releasedBy: '王管理（A001）',
      recipient: '刘芳',
    });

    const payloads = outboxOf(kase.caseNo);
    expect(payloads.map((p) => p.op)).toEqual(['case.registered', ...Array(4).fill('case.updated')]);
    const last = payloads.at(-1)!.payload as { state: string; lifecycle: { subtasks: { state: string }[]; delivery: { method: string } } };
    expect(last.state).toBe('delivered');
    expect(last.lifecycle.subtasks.map((t) => t.state)).toEqual(['done', 'done']);
    expect(last.lifecycle.delivery.method).toBe('mail');
  });

  it('refuses invalid transitions in the back end with the state the case is in', async () => {
    const kase = await register(desk, [socialCardItem]);
    await desk.call(
      'lifecycle.recordDecision',
      { caseNo: kase.caseNo, position: 0, outcome: 'disapproved', docNo: '江社保不〔2026〕1号', decidedOn: '2026-03-02' },
      w,
    );
    expect((await desk.fail('lifecycle.start', { caseNo: kase.caseNo }, w)).message).toBe('案件当前为“已办结”，不能改为“办理中”');
    expect((await desk.fail('lifecycle.withdraw', { caseNo: kase.caseNo, reason: '不办了', applicantRequest: true }, w)).message).toBe(
      '案件当前为“已办结”，不能改为“已撤回”',
    );
    await desk.call(
      'lifecycle.deliver',
      {
        caseNo: kase.caseNo,
        method: 'window',
        recipient: '张三',
        recipientKind: 'applicant',
        recipientIdNumber: '11010519491231002X',
        documents: '不予许可决定书1份',
        signed: true,
      },
      w,
    );
    for (const [channel, input] of [
      ['lifecycle.start', { caseNo: kase.caseNo }],
      [
        'lifecycle.deliver',
        {
          caseNo: kase.caseNo,
          method: 'window',
          recipient: '张三',
          recipientKind: 'applicant',
          recipientIdNumber: '11010519491231002X',
          documents: '1份',
          signed: true,
        },
      ],
      ['lifecycle.terminate', { caseNo: kase.caseNo, reason: '测试' }],
      ['lifecycle.requestMaterials', { caseNo: kase.caseNo, keys: ['applicant-id'], note: '补' }],
    ] as const) {
      const error = await desk.fail(channel, input, w);
      expect(error.code, channel).toBe('CONFLICT');
      expect(error.message, channel).toMatch(/^案件当前(为“已出件”，不能|已是“已出件”$)/);
    }
    expect((await desk.fail('lifecycle.start', { caseNo: kase.caseNo }, w)).message).toBe('案件当前为“已出件”，不能改为“办理中”');
  });

  it("ends a case by withdrawal at the applicant's request or by termination, and keeps it ended", async () => {
    const a = await register(desk, [socialCardItem]);
    const noRequest = await desk.fail('lifecycle.withdraw', { caseNo: a.caseNo, reason: '申请人已在外地办理', applicantRequest: false }, w);
    expect(noRequest.message).toBe('撤回须由申请人书面申请，请确认已收到撤回申请');
    const withdrawn = await desk.call('lifecycle.withdraw', { caseNo: a.caseNo, reason: '申请人已在外地办理', applicantRequest: true }, w);
    expect(withdrawn.lifecycle).toMatchObject({ state: 'withdrawn', closedReason: '申请人已在外地办理', actions: [] });
    const b = await register(desk, [socialCardItem], { missing: ['applicant-id'] });
    const ended = await desk.call('lifecycle.terminate', { caseNo: b.caseNo, reason: '申请人逾期未补正' }, w);
    expect(ended.detail.state).toBe('terminated');
    expect(
      (await desk.fail('lifecycle.supply', { caseNo: b.caseNo, materials: [{ key: 'applicant-id', originals: 1, copies: 1 }] }, w)).message,
    ).toBe('案件当前为“已终止”，不能登记补交材料');
  });

  it('refuses department work to roles without it, in the back end', async () => {
    const kase = await register(desk, [socialCardItem]);
    await signIn(desk, 'S001', '赵督查', 'supervisor');
    expect((await desk.fail('lifecycle.start', { caseNo: kase.caseNo }, 'S001')).message).toBe('您的角色（督查/科长）无权登记开始办理');
    await signIn(desk, 'D001', '钱代办', 'agent');
    expect(
      (
        await desk.fail(
          'lifecycle.deliver',
          {
            caseNo: kase.caseNo,
            method: 'window',
            recipient: '张三',
            recipientKind: 'applicant',
            recipientIdNumber: '11010519491231002X',
            documents: '1份',
            signed: true,
          },
          'D001',
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe("督办: warning levels, the board and a clerk's own cases", () => {
  it('turns a case yellow then red as the days pass, on the board by department and clerk', async () => {
    const clerk = await signIn(desk, 'C101', '李窗口', 'clerk');
    const kase = await register(desk, [foundingItem, employerInsuranceItem], { session: 'C101' });
    await register(desk, [socialCardItem], { session: 'C101' });
    expect(clerk.id).toBeGreaterThan(0);
    await desk.call(
      'lifecycle.recordDecision',
      { caseNo: kase.caseNo, position: 0, outcome: 'approved', docNo: '登字1号', decidedOn: '2026-03-02' },
      'C101',
    );
    await desk.call('supervision.settings.update', { yellowDays: 0 }, w);
    expect((await desk.call('supervision.board', {}, w)).rows).toEqual([]);

    advanceDays(desk, 1); // Tuesday: due today
    const yellow = await desk.call('supervision.board', {}, w);
    expect(yellow.rows.map((r) => [r.caseNo, r.level, r.departments])).toEqual([
      [kase.caseNo, 'yellow', [insuranceDepartment]],
      ['JC-03-2026-000002', 'yellow', ['江川市社会保险基金管理中心']],
    ]);
    expect(yellow.byClerk).toEqual([{ key: 'C101', label: '李窗口', red: 0, yellow: 2 }]);
    expect(yellow.byDepartment).toEqual([{ key: insuranceDepartment, label: insuranceDepartment, red: 0, yellow: 2 }]);

    advanceDays(desk, 1); // Wednesday: one working day late
    const red = await desk.call('supervision.board', { level: 'red', department: insuranceDepartment, clerkStaffNo: 'C101' }, w);
    expect(red.rows.map((r) => [r.level, r.remainingWorkingDays])).toEqual([
      ['red', -1],
      ['red', -1],
    ]);
    expect(red.departments).toEqual([insuranceDepartment]);
    expect((await desk.call('supervision.board', { department: marketDepartment }, w)).rows).toEqual([]);

    const mine = await desk.call('supervision.myCases', {}, 'C101');
    expect(mine.rows.map((r) => r.level)).toEqual(['red', 'red']);
    expect((await desk.call('supervision.myCases', {}, w)).rows).toEqual([]);
    expect((await desk.fail('supervision.board', {}, 'C101')).code).toBe('FORBIDDEN');
  });

  it('keeps the threshold as a hall setting, audited and sent to the centre', async () => {
    expect(await desk.call('supervision.settings.get', {}, w)).toEqual({ yellowDays: 2 });
    expect((await desk.fail('supervision.settings.update', { yellowDays: 31 }, w)).code).toBe('VALIDATION');
    await desk.call('supervision.settings.update', { yellowDays: 3 }, w);
    expect(await desk.call('supervision.settings.get', {}, w)).toEqual({ yellowDays: 3 });
    const { rows } = await desk.call('audit.list', { page: 1, pageSize: 5 }, w);
    expect(rows[0]).toMatchObject({ action: 'settings.updated', entity: 'desk-settings', entityId: 'supervision' });
  });
});
