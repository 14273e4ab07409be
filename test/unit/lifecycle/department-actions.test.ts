import { afterAll, describe, expect, it } from 'vitest';
import { centreHookTimeout, startTestCentre } from '../central/suite/test-centre';
import { availableTestStores } from '../central/suite/test-stores';
import type { TestDesk } from '../../helpers/test-backend';
import { eachTestDeskWithFeed, type CentreFeed } from './centre-words';
import { advanceDays, employerInsuranceItem, foundingItem, insuranceDepartment, marketDepartment, register, w } from './lifecycle-fixtures';

let desk: TestDesk;
let feed: CentreFeed;
eachTestDeskWithFeed((opened) => ({ desk, feed } = opened));

const caseUpdates = () => (feed.db.prepare("SELECT count(*) AS n FROM outbox WHERE op = 'case.updated'").get() as { n: number }).n;
const lifecycleOf = (caseNo: string) => desk.call('lifecycle.get', { caseNo }, w);
const jointCase = () => register(desk, [foundingItem, employerInsuranceItem]);
const wordIds = { request: '8a1c1f5e-8c7e-4a59-9b1e-0d7f0c0a0001', step: '8a1c1f5e-8c7e-4a59-9b1e-0d7f0c0a0002' };

describe('要求补正 from a department', () => {
  it('puts the case in 待补正 with its list, shows who asked, and resumes when the window records the materials', async () => {
    const kase = await jointCase();
    const request = feed.word({
      caseNo: kase.caseNo,
      state: 'materials-requested',
      stateLabel: '要求补正',
      department: insuranceDepartment,
      wordId: wordIds.request,
      note: '请三日内补交',
      missingMaterials: [
        { materialKey: 'bank-account-proof', name: '单位银行结算账户信息', note: '账户名称与营业执照不一致' },
        { name: '开户许可证' },
      ],
    });
    feed.pull([feed.word({ caseNo: kase.caseNo, state: 'in-review', stateLabel: '审查中', department: marketDepartment }), request]);
    const asked = await lifecycleOf(kase.caseNo);
    expect(asked).toMatchObject({ state: 'awaiting-materials', materialsRequestedBy: insuranceDepartment });
    expect(asked.clock.paused).toBe(true);
    expect(asked.subtasks.map((t) => [t.state, t.awaitingMaterials])).toEqual([
      ['in-progress', false],
      ['in-progress', true],
    ]);
    expect(asked.materials.filter((m) => m.status === 'missing').map((m) => [m.key, m.name])).toEqual([
      ['bank-account-proof', '单位银行结算账户信息'],
      ['requested-1', '开户许可证'],
    ]);
    expect(asked.pauses).toEqual([expect.objectContaining({ kind: 'awaiting-materials', requestedBy: insuranceDepartment, to: null })]);
    expect(asked.history[0]!.summary).toBe(
      `${insuranceDepartment}：要求补正（需补交：单位银行结算账户信息（账户名称与营业执照不一致）、开户许可证；请三日内补交）`,
    );

    // The same word again, under its cursor or republished under a new one, moves nothing twice.
    const events = caseUpdates();
    feed.pull([request, { ...request, cursor: request.cursor + 10 }]);
    expect(caseUpdates()).toBe(events);
    expect((await lifecycleOf(kase.caseNo)).history).toHaveLength(asked.history.length);

    advanceDays(desk, 1);
    const supplied = await desk.call(
      'lifecycle.supply',
      {
        caseNo: kase.caseNo,
        materials: [
          { key: 'bank-account-proof', originals: 1, copies: 1, electronic: false },
          { key: 'requested-1', originals: 0, copies: 1, electronic: false },
        ],
      },
      w,
    );
    expect(supplied.lifecycle).toMatchObject({ state: 'in-progress', materialsRequestedBy: null });
    expect(supplied.lifecycle.pauses[0]).toMatchObject({ to: '2026-03-03', workingDays: 1 });
    // The supplied materials go back to the centre with the case.
    expect(caseUpdates()).toBe(events + 1);
  });

  it('keeps a request the case cannot follow in its history only', async () => {
    const kase = await jointCase();
    feed.pull([feed.word({ caseNo: kase.caseNo, state: 'materials-requested', stateLabel: '要求补正', department: marketDepartment })]);
    const lifecycle = await lifecycleOf(kase.caseNo);
    expect(lifecycle.state).toBe('accepted');
    expect(lifecycle.history[0]!.summary).toBe(`${marketDepartment}：要求补正；未列出所缺材料，案件状态未变`);
  });
});

describe('特殊环节 from a department', () => {
  it("pauses and resumes that department's sub-task clock, once per word", async () => {
    const kase = await jointCase();
    const before = await lifecycleOf(kase.caseNo);
    const started = feed.word({
      caseNo: kase.caseNo,
      state: 'special-step-started',
      stateLabel: '特殊环节开始',
      department: insuranceDepartment,
      wordId: wordIds.step,
      specialStep: { kind: '专家评审', reason: '账户信息需专家核验', plannedDays: 5 },
    });
    feed.pull([started]);
    advanceDays(desk, 7);
    feed.pull([{ ...started, cursor: started.cursor + 1 }]);
    feed.pull([
      feed.word({
        caseNo: kase.caseNo,
        state: 'special-step-ended',
        stateLabel: '特殊环节结束',
        department: insuranceDepartment,
        specialStep: { kind: '专家评审' },
      }),
    ]);
    const after = await lifecycleOf(kase.caseNo);
    expect(after.pauses).toEqual([
      expect.objectContaining({
        kind: 'special-step',
        position: 1,
        stepName: '专家评审',
        from: '2026-03-02',
        to: '2026-03-09',
        workingDays: 5,
      }),
    ]);
    expect(after.subtasks.map((t) => t.state)).toEqual(['pending', 'in-progress']);
    // A step the item does not set days aside for is not counted: the insurance sub-task is due 5 working days later.
    expect(after.subtasks[0]!.dueDate).toBe(before.subtasks[0]!.dueDate);
    expect(after.subtasks[1]!.dueDate).toBe('2026-03-10');
    expect(before.subtasks[1]!.dueDate).toBe('2026-03-03');
    expect(after.history[0]!.summary).toBe(`${insuranceDepartment}：特殊环节结束（特殊环节“专家评审”）`);
  });
});

describe('准予 / 不予 / 部分准予 with the decision document', () => {
  it('records the decision on the sub-task and decides the case as 部分准予 when the last department decides', async () => {
    const kase = await jointCase();
    const sha = 'ab'.repeat(32);
    feed.pull([
      feed.word({
        caseNo: kase.caseNo,
        state: 'partially-approved',
        stateLabel: '部分准予',
        department: marketDepartment,
        note: '经营范围中“食品销售”不予登记',
        decision: { documentNo: '(江)登字〔2026〕第21号', decidedOn: '2026-03-03', resultFileSha256: sha },
      }),
    ]);
    let lifecycle = await lifecycleOf(kase.caseNo);
    expect(lifecycle.state).toBe('in-progress');
    expect(lifecycle.subtasks[0]).toMatchObject({
      state: 'done',
      outcome: 'approved',
      partial: true,
      docNo: '(江)登字〔2026〕第21号',
      decidedOn: '2026-03-03',
      decidedBy: marketDepartment,
      resultFileSha256: sha,
    });
    feed.pull([
      feed.word({
        caseNo: kase.caseNo,
        state: 'approved',
        stateLabel: '准予许可',
        department: insuranceDepartment,
        decision: { documentNo: '江社保登〔2026〕7号', decidedOn: '2026-03-04' },
      }),
    ]);
    lifecycle = await lifecycleOf(kase.caseNo);
    expect(lifecycle).toMatchObject({ state: 'decided', outcome: 'partial', decidedOn: '2026-03-04' });
    expect(lifecycle.subtasks[1]).toMatchObject({
      outcome: 'approved',
      partial: false,
      docNo: '江社保登〔2026〕7号',
      resultFileSha256: null,
    });
  });

  it('shows a refusal on its sub-task and fills a document a department sends after its result', async () => {
    const kase = await jointCase();
    feed.pull([feed.word({ caseNo: kase.caseNo, state: 'disapproved', stateLabel: '不予许可', department: insuranceDepartment })]);
    feed.pull([
      feed.word({
        caseNo: kase.caseNo,
        state: 'disapproved',
        stateLabel: '不予许可',
        department: insuranceDepartment,
        decision: { documentNo: '江社保不〔2026〕2号', decidedOn: '2026-03-02' },
      }),
    ]);
    const lifecycle = await lifecycleOf(kase.caseNo);
    expect(lifecycle.subtasks[1]).toMatchObject({ state: 'done', outcome: 'disapproved', docNo: '江社保不〔2026〕2号' });
  });
});

describe('exactly once, and only for the cases this desk holds', () => {
  it("skips a word about a case another desk holds, leaving no trace on this desk's cases", async () => {
    const kase = await jointCase();
    const events = caseUpdates();
    const result = feed.pull([
      feed.word({
        caseNo: 'JC-07-2026-000009',
        deskNo: '07',
        state: 'materials-requested',
        stateLabel: '要求补正',
        department: insuranceDepartment,
        missingMaterials: [{ name: '开户许可证' }],
      }),
    ]);
    expect(result.conflicts).toBe(0);
    expect(caseUpdates()).toBe(events);
    expect((await lifecycleOf(kase.caseNo)).history).toEqual([]);
  });
});

const store = availableTestStores()[0]!;
afterAll(() => store.shutdown());

describe('through a real centre', () => {
  it(
    "publishes a department's 补正 and decision with their particulars, and the desk follows",
    { timeout: centreHookTimeout },
    async () => {
      const centre = await startTestCentre(store);
      try {
        await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
        const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
        const kase = await jointCase();
        await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
        await desk.call('sync.now', {}, w);
        const base = { caseNo: kase.caseNo, department: insuranceDepartment, note: '' };
        await expect(centre.admin.publishCaseStatus({ ...base, state: 'materials-requested' })).rejects.toThrow(
          '要求补正时请列出所缺的材料',
        );
        const published = await centre.admin.publishCaseStatus({
          ...base,
          state: 'materials-requested',
          missingMaterials: [{ materialKey: 'bank-account-proof', name: '单位银行结算账户信息' }],
        });
        expect(published).toMatchObject({ stateLabel: '要求补正', missingMaterials: [{ materialKey: 'bank-account-proof' }] });
        expect(published.wordId).toMatch(/^[0-9a-f-]{36}$/);
        expect(await desk.call('sync.now', {}, w)).toMatchObject({ error: null });
        expect(await lifecycleOf(kase.caseNo)).toMatchObject({ state: 'awaiting-materials', materialsRequestedBy: insuranceDepartment });

        await desk.call(
          'lifecycle.supply',
          { caseNo: kase.caseNo, materials: [{ key: 'bank-account-proof', originals: 1, copies: 1, electronic: false }] },
          w,
        );
        await centre.admin.publishCaseStatus({
          ...base,
          state: 'approved',
          decision: { documentNo: '江社保登〔2026〕7号', decidedOn: '2026-03-02' },
        });
        await desk.call('sync.now', {}, w);
        expect((await lifecycleOf(kase.caseNo)).subtasks[1]).toMatchObject({ state: 'done', docNo: '江社保登〔2026〕7号' });
        // The desk's case goes back to the centre.
        expect((await desk.call('sync.now', {}, w)).pending).toBe(0);
        const rows = await centre.sql.query<{ state: string }>('SELECT state FROM cases WHERE case_no = $1', [kase.caseNo]);
        expect(rows).toEqual([{ state: 'in-progress' }]);
      } finally {
        await centre.close();
      }
    },
  );
});
