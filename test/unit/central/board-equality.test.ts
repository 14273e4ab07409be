import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boardFigures } from '../../../src/central/board/board-figures';
import { rebuildBoard } from '../../../src/central/board/rebuild-board';
import type { BoardRow } from '../../../src/central/contract/board-contract';
import { defaultCalendar } from '../../../src/shared/calendar/default-calendar';
import type { FigureRow } from '../../../src/shared/reports/report-schemas';
import { hallDateOf } from '../../../src/shared/time/hall-time';
import type { TestDesk } from '../../helpers/test-backend';
import { employerInsuranceItem, foundingItem, hygieneItem, register, socialCardItem } from '../lifecycle/lifecycle-fixtures';
import { rate, ratingDesk, sessions } from '../ratings/rating-fixtures';
import { centreHookTimeout, startTestCentre, type TestCentre } from './suite/test-centre';
import { availableTestStores } from './suite/test-stores';

const admin = sessions.admin;

/** The figures the desk's report shows, as the board's line carries them. */
function reportPart(row: FigureRow | BoardRow): Omit<FigureRow, 'key' | 'label'> {
  const { key: _key, label: _label, ...figures } = row;
  return {
    received: figures.received,
    accepted: figures.accepted,
    deferred: figures.deferred,
    correctionNotices: figures.correctionNotices,
    refusals: figures.refusals,
    finished: figures.finished,
    finishedOnTime: figures.finishedOnTime,
    onTimeRate: figures.onTimeRate,
    avgWorkingDays: figures.avgWorkingDays,
    ratings: figures.ratings,
    satisfied: figures.satisfied,
    satisfaction: figures.satisfaction,
    badRatings: figures.badRatings,
  };
}

/**
 * A month of one hall, all through the desk's own calls: a joint case decided by both departments
 * a day apart and mailed, one finished late, a 一次性告知, a 不予受理, an open case, ratings
 * (one 差评 with its follow-up).
 */
async function buildHall(desk: TestDesk, accepted: string): Promise<void> {
  const day = () => desk.clock.advanceMinutes(24 * 60);
  const joint = await register(desk, [foundingItem, employerInsuranceItem], { session: admin });
  await register(desk, [socialCardItem], { session: admin, missing: ['applicant-id'] });
  await register(desk, [socialCardItem], {
    session: admin,
    decision: { kind: 'refuse', reasonKind: 'not-qualified', reasonText: '不符合申领条件' },
  });
  await register(desk, [foundingItem], { session: admin });
  const paused = await register(desk, [hygieneItem], { session: admin });
  await desk.call('lifecycle.start', { caseNo: paused.caseNo }, admin);
  await desk.call('lifecycle.start', { caseNo: joint.caseNo, position: 0 }, admin);
  await desk.call(
    'lifecycle.recordDecision',
    { caseNo: joint.caseNo, position: 0, outcome: 'approved', docNo: '(江)登字〔2026〕第18号', decidedOn: '2026-03-02' },
    admin,
  );
  day();
  await desk.call(
    'lifecycle.recordDecision',
    { caseNo: joint.caseNo, position: 1, outcome: 'approved', docNo: '江社保〔2026〕3号', decidedOn: '2026-03-03' },
    admin,
  );
  await desk.call(
    'lifecycle.deliver',
    {
      caseNo: joint.caseNo,
      method: 'mail',
      recipient: '刘芳',
      recipientKind: 'other',
      proxyReason: '企业联系人代收',
      documents: '营业执照正副本各1份、社保登记证1份',
      phone: '13812345678',
      address: '江川市人民路1号',
      trackingNo: 'ems1234567890',
    },
    admin,
  );
  await rate(desk, joint.caseNo, 'very-satisfied');
  // 补正 during processing: the clock stands still 03-03..03-05 and the due date moves.
  await desk.call(
    'lifecycle.requestMaterials',
    { caseNo: paused.caseNo, keys: ['hygiene-layout-plan'], note: '平面图未标注消毒间位置' },
    admin,
  );
  day();
  day();
  await desk.call(
    'lifecycle.supply',
    { caseNo: paused.caseNo, materials: [{ key: 'hygiene-layout-plan', originals: 1, copies: 0 }] },
    admin,
  );
  // The clerk's case from ratingDesk: decided late, rated 不满意 (a follow-up opens); the paused case in time.
  for (let i = 0; i < 10; i += 1) day();
  await desk.call(
    'lifecycle.recordDecision',
    { caseNo: paused.caseNo, position: 0, outcome: 'approved', docNo: '江卫〔2026〕5号', decidedOn: hallDateOf(desk.clock.now()) },
    admin,
  );
  await desk.call(
    'lifecycle.recordDecision',
    { caseNo: accepted, position: 0, outcome: 'approved', docNo: '江社保〔2026〕9号', decidedOn: hallDateOf(desk.clock.now()) },
    admin,
  );
  await rate(desk, accepted, 'dissatisfied');
}

describe('the board equals the desk’s own report for the same hall and period', () => {
  const store = availableTestStores()[0]!;
  let centre: TestCentre;
  let desk: TestDesk;
  let accepted: string;
  beforeAll(() => store.warmUp(), 120_000);
  afterAll(() => store.shutdown());
  beforeEach(async () => {
    ({ desk, caseNo: accepted } = await ratingDesk());
    centre = await startTestCentre(store);
    await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  }, centreHookTimeout);
  afterEach(async () => {
    desk.close();
    await centre.close();
  }, centreHookTimeout);

  it('by hall and by department: received, accepted, finished, on time, working days, ratings', async () => {
    await buildHall(desk, accepted);
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, admin);
    expect(await desk.call('sync.now', {}, admin)).toMatchObject({ pending: 0 });

    const byClerk = await desk.call('reports.figures', { period: 'month', date: '2026-03-02', groupBy: 'clerk' }, admin);
    const byDepartment = await desk.call('reports.figures', { period: 'month', date: '2026-03-02', groupBy: 'department' }, admin);
    await centre.settle();
    const readBoard = () =>
      boardFigures(
        centre.sql,
        { calendar: defaultCalendar },
        { from: byClerk.period.from, to: byClerk.period.to, hallCode: null, department: null },
        hallDateOf(desk.clock.now()),
        new Date(),
      );
    const board = await readBoard();

    // Something of each kind was counted, so equality means something.
    expect(byClerk.total).toMatchObject({ received: 6, refusals: 1, correctionNotices: 1, finished: 3, ratings: 2, badRatings: 1 });
    expect(byClerk.total.finishedOnTime).toBe(2);
    expect(reportPart(board.total)).toEqual(reportPart(byClerk.total));
    expect(board.byHall.map((r) => [r.key, reportPart(r)])).toEqual([['JC', reportPart(byClerk.total)]]);
    const desks = Object.fromEntries(byDepartment.rows.map((r) => [r.key, reportPart(r)]));
    expect(Object.fromEntries(board.byDepartment.map((r) => [r.key, reportPart(r)]))).toEqual(desks);

    // 三减 and the follow-up of the 差评.
    expect(board.total.tripsSaved).toBe(1);
    expect(board.followUps).toMatchObject({ badRatings: 1, open: 1, closed: 0 });
    // The open case is past its promised date by now: red at its department.
    expect(board.warningsByHall).toEqual([{ key: 'JC', label: '江川市政务服务中心', yellow: 0, red: 1, open: 1 }]);

    // A centre upgraded with these events already in it fills the board from its ledger, to the same numbers.
    for (const table of ['board_subtasks', 'board_ratings', 'board_follow_ups']) await centre.sql.query(`DELETE FROM ${table}`);
    expect(await rebuildBoard(centre.sql)).toEqual({ cases: 6, ratings: 2, followUps: 1 });
    expect(await readBoard()).toEqual({ ...board, generatedAt: expect.any(String) });
  });
});
