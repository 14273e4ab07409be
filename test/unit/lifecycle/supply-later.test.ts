import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDesk } from '../../helpers/test-backend';
import { advanceDays, changesOf, foundingItem, hygieneItem, openLifecycleDesk, register, socialCardItem, w } from './lifecycle-fixtures';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openLifecycleDesk(); // Monday 2026-03-02
});
afterEach(() => desk.close());

describe('补正: materials supplied after a 一次性告知', () => {
  it('accepts the case on the day the last required material came and counts the promised date from it', async () => {
    const notice = await register(desk, [socialCardItem], { missing: ['applicant-id'] });
    expect(notice).toMatchObject({ state: 'awaiting-materials', acceptedOn: null, promisedDate: null });
    const lifecycle = await desk.call('lifecycle.get', { caseNo: notice.caseNo }, w);
    expect(lifecycle.clock).toMatchObject({ underClock: false, level: null });
    expect(lifecycle.missing).toEqual(['申请人身份证件（原件1份、复印件1份）']);

    advanceDays(desk, 1); // Tuesday: the original only
    const partial = await desk.call(
      'lifecycle.supply',
      { caseNo: notice.caseNo, materials: [{ key: 'applicant-id', originals: 1, copies: 0 }] },
      w,
    );
    expect(partial.detail).toMatchObject({ state: 'awaiting-materials', acceptedOn: null });
    expect(partial.lifecycle.materials[0]).toMatchObject({ status: 'missing', receivedOriginals: 1, receivedCopies: 0 });

    advanceDays(desk, 1); // Wednesday: the copy; nothing is owed any more
    const accepted = await desk.call(
      'lifecycle.supply',
      { caseNo: notice.caseNo, materials: [{ key: 'applicant-id', originals: 0, copies: 1 }] },
      w,
    );
    expect(accepted.detail).toMatchObject({ state: 'accepted', decision: 'accept', acceptedOn: '2026-03-04', promisedDate: '2026-03-05' });
    expect(accepted.detail.items[0]!.promisedDate).toBe('2026-03-05');
    expect(accepted.lifecycle.materials[0]).toMatchObject({
      status: 'received',
      suppliedOn: '2026-03-04',
      receivedOriginals: 1,
      receivedCopies: 1,
    });
    expect(accepted.lifecycle.history[0]!.summary).toContain('予以受理（受理日期 2026-03-04）');
    // The receipt fits the case now: 受理通知书 and 回执 can be printed.
    const preview = await desk.call('print.preview', { caseNo: notice.caseNo, docType: 'acceptance-receipt' }, w);
    expect(preview.case).toMatchObject({ acceptedOn: '2026年3月4日', promisedDate: '2026年3月5日' });
  });

  it('refuses a line that is not owed, one not on the list, and a case that is not waiting', async () => {
    const notice = await register(desk, [socialCardItem], { missing: ['applicant-id'] });
    const done = await desk.fail(
      'lifecycle.supply',
      { caseNo: notice.caseNo, materials: [{ key: 'application-form-social-security-card', originals: 1, copies: 0 }] },
      w,
    );
    expect(done).toMatchObject({ code: 'VALIDATION', message: '“社会保障卡申领登记表”已收齐，无需补交' });
    expect(
      (await desk.fail('lifecycle.supply', { caseNo: notice.caseNo, materials: [{ key: 'nope', originals: 1, copies: 0 }] }, w)).message,
    ).toBe('材料“nope”不在本案件的材料清单中');
    const refused = await register(desk, [socialCardItem], {
      decision: { kind: 'refuse', reasonKind: 'not-qualified', reasonText: '不符合申领条件' },
    });
    expect(
      (await desk.fail('lifecycle.supply', { caseNo: refused.caseNo, materials: [{ key: 'applicant-id', originals: 1, copies: 1 }] }, w))
        .message,
    ).toBe('案件当前为“不予受理”，不能登记补交材料');
  });
});

describe('补正 during processing: the clock stands still', () => {
  it('moves the promised date by the working days the case waited for materials', async () => {
    const kase = await register(desk, [hygieneItem]);
    expect(kase.promisedDate).toBe('2026-03-12'); // 5 working days + 现场勘验 3 (not counted in the limit)
    await desk.call('lifecycle.start', { caseNo: kase.caseNo }, w);
    advanceDays(desk, 1); // Tuesday 03-03: the department asks for the layout plan again
    const paused = await desk.call(
      'lifecycle.requestMaterials',
      { caseNo: kase.caseNo, keys: ['hygiene-layout-plan'], note: '平面图未标注消毒间位置' },
      w,
    );
    expect(paused.detail.state).toBe('awaiting-materials');
    expect(paused.lifecycle.clock).toMatchObject({ paused: true, remainingWorkingDays: 7 });

    advanceDays(desk, 2); // Thursday 03-05: still waiting, the remaining days have not moved
    const waiting = await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w);
    expect(waiting.clock).toMatchObject({ paused: true, remainingWorkingDays: 7, dueDate: '2026-03-16' });

    const resumed = await desk.call(
      'lifecycle.supply',
      { caseNo: kase.caseNo, materials: [{ key: 'hygiene-layout-plan', originals: 1, copies: 0 }] },
      w,
    );
    expect(resumed.detail).toMatchObject({ state: 'in-progress', acceptedOn: '2026-03-02', promisedDate: '2026-03-16' });
    expect(resumed.lifecycle.clock).toMatchObject({ paused: false, extensionDays: 2, remainingWorkingDays: 7 });
    expect(resumed.lifecycle.pauses).toEqual([
      expect.objectContaining({ kind: 'awaiting-materials', from: '2026-03-03', to: '2026-03-05', workingDays: 2 }),
    ]);
  });

  it('moves the date when a 特殊环节 not counted in the limit overruns its days', async () => {
    const kase = await register(desk, [hygieneItem]);
    advanceDays(desk, 7); // Monday 03-09
    await desk.call('lifecycle.specialStep', { caseNo: kase.caseNo, position: 0, stepName: '现场勘验', action: 'start' }, w);
    advanceDays(desk, 7); // Monday 03-16: five working days, two beyond the three set aside
    const ended = await desk.call('lifecycle.specialStep', { caseNo: kase.caseNo, position: 0, stepName: '现场勘验', action: 'end' }, w);
    expect(ended.detail.promisedDate).toBe('2026-03-16');
    expect(ended.lifecycle.subtasks[0]!.steps).toEqual([{ name: '现场勘验', days: 3, countedInLimit: false, running: false, usedDays: 5 }]);
    expect(ended.lifecycle.history[0]!.summary).toContain('用时 5 个工作日');
    const unknown = await desk.fail(
      'lifecycle.specialStep',
      { caseNo: kase.caseNo, position: 0, stepName: '专家评审', action: 'start' },
      w,
    );
    expect(unknown).toMatchObject({ code: 'VALIDATION', field: 'stepName' });
  });
});

describe('容缺 materials', () => {
  it('shows a deferred material as overdue after its deadline, and received with the day it came', async () => {
    const kase = await register(desk, [foundingItem], {
      missing: ['premises-proof'],
      decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-03' }] },
    });
    expect((await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w)).deferred).toBe('pending');
    advanceDays(desk, 2); // Wednesday 03-04: the deadline has passed
    const overdue = await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w);
    expect(overdue.deferred).toBe('overdue');
    expect(overdue.materials[0]).toMatchObject({ key: 'premises-proof', status: 'deferred', overdue: true });
    expect(overdue.missing).toEqual(['住所（经营场所）使用证明（容缺，2026-03-03 前补交，已逾期）']);
    const supplied = await desk.call(
      'lifecycle.supply',
      { caseNo: kase.caseNo, materials: [{ key: 'premises-proof', originals: 1, copies: 1 }] },
      w,
    );
    expect(supplied.detail.state).toBe('accepted');
    expect(supplied.detail.materials.find((m) => m.key === 'premises-proof')!.status).toBe('received');
    expect(supplied.lifecycle).toMatchObject({ deferred: 'supplied', missing: [] });
    expect(supplied.lifecycle.materials[0]).toMatchObject({ status: 'received', suppliedOn: '2026-03-04', overdue: false });
    expect(supplied.lifecycle.history[0]!.summary).toContain('逾期补交');
  });

  it('records each supply with its outbox event and audit row in one transaction', async () => {
    const notice = await register(desk, [socialCardItem], { missing: ['applicant-id'] });
    await desk.call('lifecycle.supply', { caseNo: notice.caseNo, materials: [{ key: 'applicant-id', originals: 1, copies: 1 }] }, w);
    const rows = await changesOf(desk, notice.caseNo);
    expect(rows.map((r) => r.action)).toEqual(['case.registered', 'case.updated']);
    expect(JSON.parse(rows[1]!.detail)).toMatchObject({ event: 'materials.supplied' });
    expect((await desk.call('audit.verify', {}, w)).ok).toBe(true);
  });
});
