import { afterAll, describe, expect, it } from 'vitest';
import { centreHookTimeout, startTestCentre } from '../central/suite/test-centre';
import { availableTestStores } from '../central/suite/test-stores';
import type { TestDesk } from '../../helpers/test-backend';
import { eachTestDeskWithFeed, type CentreFeed } from './centre-words';
import {
  employerInsuranceItem,
  foundingItem,
  insuranceDepartment,
  marketDepartment,
  register,
  signIn,
  socialCardItem,
  w,
} from './lifecycle-fixtures';

let desk: TestDesk;
let feed: CentreFeed;
eachTestDeskWithFeed((opened) => ({ desk, feed } = opened));

const status = (caseNo: string, state: string, stateLabel: string, department: string, note = '') =>
  feed.word({ caseNo, state, stateLabel, department, note });
const pull: CentreFeed['pull'] = (changes) => feed.pull(changes);

const outboxCount = () => (feed.db.prepare("SELECT count(*) AS n FROM outbox WHERE op = 'case.updated'").get() as { n: number }).n;

describe('status updates from the centre move the case', () => {
  it("moves each department's sub-task, decides the case when all are done, once per cursor", async () => {
    const kase = await register(desk, [foundingItem, employerInsuranceItem]);
    const review = status(kase.caseNo, 'in-review', '审查中', marketDepartment);
    pull([review]);
    let lifecycle = await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w);
    expect(lifecycle.state).toBe('in-progress');
    expect(lifecycle.subtasks.map((t) => t.state)).toEqual(['in-progress', 'pending']);
    expect(lifecycle.history[0]).toMatchObject({ source: 'centre', actor: marketDepartment, summary: `${marketDepartment}：审查中` });

    const approved = status(kase.caseNo, 'approved', '准予许可', marketDepartment, '已核发营业执照');
    pull([approved]);
    const events = outboxCount();
    // The same page again (a lost answer, a crash before the cursor moved) changes nothing.
    pull([review, approved]);
    expect(outboxCount()).toBe(events);
    lifecycle = await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w);
    expect(lifecycle.history).toHaveLength(2);
    expect(lifecycle.subtasks[0]).toMatchObject({
      state: 'done',
      outcome: 'approved',
      decidedOn: '2026-03-02',
      decidedBy: marketDepartment,
      docNo: null,
      note: '已核发营业执照',
    });
    expect(lifecycle.state).toBe('in-progress');

    pull([status(kase.caseNo, 'disapproved', '不予许可', insuranceDepartment, '银行账户材料不实')]);
    lifecycle = await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w);
    expect(lifecycle).toMatchObject({ state: 'decided', outcome: 'partial', decidedOn: '2026-03-02' });
    // The window completes the centre's result with the decision document.
    const completed = await desk.call(
      'lifecycle.recordDecision',
      { caseNo: kase.caseNo, position: 0, outcome: 'approved', docNo: '(江)登字〔2026〕第18号', decidedOn: '2026-03-02' },
      w,
    );
    expect(completed.lifecycle.subtasks[0]!.docNo).toBe('(江)登字〔2026〕第18号');
    const mismatch = await desk.fail(
      'lifecycle.recordDecision',
      { caseNo: kase.caseNo, position: 1, outcome: 'approved', docNo: 'X', decidedOn: '2026-03-02' },
      w,
    );
    expect(mismatch.message).toBe(`“${insuranceDepartment}”已报送的结果为“不予”，与所填不一致`);

    pull([status(kase.caseNo, 'delivered', '已送达', insuranceDepartment, '不予许可决定书1份')]);
    lifecycle = await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w);
    expect(lifecycle.state).toBe('delivered');
    expect(lifecycle.delivery).toMatchObject({ method: 'department', releasedBy: insuranceDepartment, documents: '不予许可决定书1份' });
  });

  it("keeps a word the case cannot follow in its history only, and ignores other desks' cases", async () => {
    const notice = await register(desk, [socialCardItem], { missing: ['applicant-id'] });
    const before = outboxCount();
    pull([
      status(notice.caseNo, 'approved', '准予许可', '江川市社会保险基金管理中心'),
      status('JC-07-2026-000009', 'approved', '准予许可', '某局'),
    ]);
    const lifecycle = await desk.call('lifecycle.get', { caseNo: notice.caseNo }, w);
    expect(lifecycle.state).toBe('awaiting-materials');
    expect(lifecycle.history[0]!.summary).toBe('江川市社会保险基金管理中心：准予许可；案件尚未受理或已结束，案件状态未变');
    expect(outboxCount()).toBe(before);
    const kase = await register(desk, [socialCardItem]);
    pull([
      status(kase.caseNo, 'in-review', '审查中', '江川市公安局'),
      status(kase.caseNo, 'terminated', '已终止', '江川市社会保险基金管理中心', '申请人死亡'),
    ]);
    const ended = await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w);
    expect(ended.history.map((h) => h.summary)).toEqual([
      '江川市社会保险基金管理中心：已终止（申请人死亡）',
      '江川市公安局：审查中；本案件没有“江川市公安局”的子任务，案件状态未变',
    ]);
    expect(ended).toMatchObject({ state: 'terminated', closedReason: '申请人死亡' });
  });

  it('shows a clerk what changed since they last looked, and forgets it once seen', async () => {
    await signIn(desk, 'C101', '李窗口', 'clerk');
    const kase = await register(desk, [socialCardItem], { session: 'C101' });
    await desk.call('lifecycle.start', { caseNo: kase.caseNo }, 'C101');
    expect((await desk.call('lifecycle.changes', {}, 'C101')).rows).toEqual([]); // their own doing
    pull([status(kase.caseNo, 'approved', '准予许可', '江川市社会保险基金管理中心')]);
    const changes = await desk.call('lifecycle.changes', {}, 'C101');
    expect(changes.rows).toEqual([
      expect.objectContaining({ caseNo: kase.caseNo, state: 'decided', summaries: ['江川市社会保险基金管理中心：准予许可'] }),
    ]);
    await desk.call('lifecycle.markSeen', { upToSeq: changes.latestSeq }, 'C101');
    expect((await desk.call('lifecycle.changes', {}, 'C101')).rows).toEqual([]);
    // Supervisors see every case; the clerk's marker is the clerk's own.
    expect((await desk.call('lifecycle.changes', {}, w)).rows.map((r) => r.caseNo)).toEqual([kase.caseNo]);
  });
});

const store = availableTestStores()[0]!;
afterAll(() => store.shutdown());

describe('through a real centre', () => {
  it("pulls a department's approval and the case moves in the pull's transaction", { timeout: centreHookTimeout }, async () => {
    const centre = await startTestCentre(store);
    try {
      await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
      const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
      const kase = await register(desk, [socialCardItem]);
      await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
      await centre.admin.publishCaseStatus({ caseNo: kase.caseNo, state: 'approved', department: '江川市社会保险基金管理中心', note: '' });
      const synced = await desk.call('sync.now', {}, w);
      expect(synced).toMatchObject({ error: null });
      expect((await desk.call('cases.get', { caseNo: kase.caseNo }, w)).state).toBe('decided');
      // The desk's new state goes back to the centre as a case.updated event.
      expect((await desk.call('sync.now', {}, w)).pending).toBe(0);
      const rows = await centre.sql.query<{ state: string }>('SELECT state FROM cases WHERE case_no = $1', [kase.caseNo]);
      expect(rows).toEqual([{ state: 'decided' }]);
    } finally {
      await centre.close();
    }
  });
});
