import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { enterprise, foodItem, foundingItem, person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';

let desk: TestDesk;
const w = 'window';
beforeEach(async () => {
  desk = openTestDesk(); // 2026-03-02 (Mon) 09:30 in the hall
  await setUpDesk(desk, w);
});
afterEach(() => desk.close());

describe('registering a two-item enterprise case with a 容缺 material missing', () => {
  it('numbers it, computes the promised date in working days and records the deadline', async () => {
    const { plan, materials } = await receiptsFor(desk, [foundingItem, foodItem], w, { missing: ['premises-proof'] });
    expect(plan.materials.filter((m) => m.key === 'authorization-letter')).toHaveLength(1);
    expect(plan.promisedDateIfAcceptedToday).toBe('2026-03-09');
    const detail = await desk.call(
      'cases.register',
      registration({
        itemCodes: [foundingItem, foodItem],
        applicant: enterprise,
        materials,
        decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-03' }] },
      }),
      w,
    );
    expect(detail.caseNo).toBe('JC-03-2026-000001');
    expect(detail).toMatchObject({ state: 'accepted', decision: 'accept-deferred', acceptedOn: '2026-03-02', promisedDate: '2026-03-09' });
    expect(detail.items.map((i) => [i.department, i.promisedDate])).toEqual([
      ['江川市市场监督管理局', '2026-03-03'],
      ['江川市市场监督管理局', '2026-03-09'],
    ]);
    expect(detail.materials.find((m) => m.key === 'premises-proof')).toMatchObject({ status: 'deferred', supplyDeadline: '2026-03-03' });
  });

  it('refuses a supply deadline past the promised date of the item that needs it', async () => {
    const { materials } = await receiptsFor(desk, [foundingItem, foodItem], w, { missing: ['premises-proof'] });
    const error = await desk.fail(
      'cases.register',
      registration({
        itemCodes: [foundingItem, foodItem],
        applicant: enterprise,
        materials,
        decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-20' }] },
      }),
      w,
    );
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'decision.deadlines' });
    expect(error.message).toContain('2026-03-03');
  });
});

describe('decisions follow the materials', () => {
  it('refuses 受理 while a required material is missing, and records a 一次性告知 instead', async () => {
    const { materials } = await receiptsFor(desk, [socialCardItem], w, { missing: ['applicant-id'] });
    const input = { itemCodes: [socialCardItem], applicant: person, materials };
    const refused = await desk.fail('cases.register', registration({ ...input, decision: { kind: 'accept' } }), w);
    expect(refused).toMatchObject({ code: 'VALIDATION', field: 'decision', message: '材料未收齐，不能直接受理：缺 申请人身份证件' });
    expect(
      (
        await desk.fail(
          'cases.register',
          registration({ ...input, decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [] } }),
          w,
        )
      ).message,
    ).toContain('不可容缺');
    const notice = await desk.call('cases.register', registration({ ...input, decision: { kind: 'correction-notice' } }), w);
    expect(notice).toMatchObject({ state: 'awaiting-materials', promisedDate: null, acceptedOn: null });
    expect(notice.materials.filter((m) => m.status === 'missing').map((m) => m.key)).toEqual(['applicant-id']);
  });

  it('records a refusal with its reason and the agency to turn to', async () => {
    const { materials } = await receiptsFor(desk, [socialCardItem], w);
    const base = { itemCodes: [socialCardItem], applicant: person, materials };
    const noAgency = await desk.fail(
      'cases.register',
      registration({ ...base, decision: { kind: 'refuse', reasonKind: 'outside-powers', reasonText: '应向户籍地办理' } }),
      w,
    );
    expect(noAgency).toMatchObject({ code: 'VALIDATION', field: 'decision.referTo' });
    const refused = await desk.call(
      'cases.register',
      registration({
        ...base,
        decision: { kind: 'refuse', reasonKind: 'outside-powers', reasonText: '应向户籍地办理', referTo: '户籍地社保经办机构' },
      }),
      w,
    );
    expect(refused).toMatchObject({ state: 'refused', refusal: { kind: 'outside-powers', referTo: '户籍地社保经办机构' } });
  });

  it('refuses an item that does not serve this kind of applicant', async () => {
    const { materials } = await receiptsFor(desk, [socialCardItem], w);
    const error = await desk.fail(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: enterprise, materials, decision: { kind: 'accept' } }),
      w,
    );
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'itemCodes' });
  });
});

describe('one transaction per registration', () => {
  it('writes the case with one outbox event and one audit row, and registers a resent request once', async () => {
    const { materials } = await receiptsFor(desk, [socialCardItem], w);
    const input = registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } });
    const first = await desk.call('cases.register', input, w);
    const again = await desk.call('cases.register', input, w);
    expect(again.caseNo).toBe(first.caseNo);
    const { rows } = await desk.call('audit.list', { page: 1, pageSize: 50 }, w);
    expect(rows.filter((r) => r.action === 'case.registered')).toHaveLength(1);
    expect((await desk.call('cases.search', { query: '', todayOnly: false, page: 1, pageSize: 20 }, w)).total).toBe(1);
    expect((await desk.call('audit.verify', {}, w)).ok).toBe(true);
  });
});

describe('finding cases and applicants', () => {
  it('finds cases by number, name, ID, credit code and phone, with a count and paging', async () => {
    const personal = await receiptsFor(desk, [socialCardItem], w);
    for (let i = 0; i < 3; i += 1) {
      await desk.call(
        'cases.register',
        registration({ itemCodes: [socialCardItem], applicant: person, materials: personal.materials, decision: { kind: 'accept' } }),
        w,
      );
    }
    const search = (query: string, pageSize = 20) => desk.call('cases.search', { query, todayOnly: false, page: 1, pageSize }, w);
    expect((await search('张')).total).toBe(3);
    expect((await search('11010519491231002x')).total).toBe(3);
    expect((await search('0512-6800')).total).toBe(3);
    expect((await search('JC-03-2026-000002')).rows.map((r) => r.caseNo)).toEqual(['JC-03-2026-000002']);
    const paged = await search('张三', 2);
    expect([paged.total, paged.rows.length]).toEqual([3, 2]);
    expect((await search('李四')).total).toBe(0);
    expect((await desk.call('cases.search', { query: '', todayOnly: true, page: 1, pageSize: 20 }, w)).total).toBe(3);
  });

  it('pre-fills a returning applicant from the ID number', async () => {
    expect(await desk.call('applicants.find', { kind: 'person', idNumber: person.idNumber }, w)).toBeNull();
    const { materials } = await receiptsFor(desk, [socialCardItem], w);
    await desk.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
    expect(await desk.call('applicants.find', { kind: 'person', idNumber: '11010519491231002x' }, w)).toMatchObject({
      name: '张三',
      phone: '0512-68001234',
    });
  });
});

describe('desk settings', () => {
  it('numbers new cases with the hall format, refuses a format that could collide, and reads the chosen ID reader', async () => {
    expect((await desk.fail('idReader.read', {}, w)).message).toContain('手工录入');
    const bad = await desk.fail('settings.update', { idReader: 'fake', caseNumberFormat: '{hall}-{serial}' }, w);
    expect(bad).toMatchObject({ code: 'VALIDATION', field: 'caseNumberFormat', message: expect.stringContaining('{desk}') });
    const glued = await desk.fail('settings.update', { idReader: 'fake', caseNumberFormat: '{hall}{desk}/{year}/{serial}' }, w);
    expect(glued).toMatchObject({ code: 'VALIDATION', field: 'caseNumberFormat', message: expect.stringContaining('其他大厅') });
    await desk.call('settings.update', { idReader: 'fake', caseNumberFormat: '{hall}/{desk}{year}/{serial}' }, w);
    expect((await desk.call('idReader.read', {}, w)).idNumber).toBe('11010519491231002X');
    const { materials } = await receiptsFor(desk, [socialCardItem], w);
    const detail = await desk.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
    expect(detail.caseNo).toBe('JC/032026/000001');
  });

  it('keeps every case and pending change when the clerk logs out and another user logs in', async () => {
    const { materials } = await receiptsFor(desk, [socialCardItem], w);
    await desk.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
    await desk.call('users.create', { staffNo: 'C101', name: '李窗口', role: 'clerk', password: 'Clerk2026x' }, w);
    await desk.call('auth.logout', {}, w);
    await desk.call('auth.login', { staffNo: 'C101', password: 'Clerk2026x' }, w);
    expect((await desk.call('cases.search', { query: '张三', todayOnly: false, page: 1, pageSize: 20 }, w)).total).toBe(1);
  });
});
