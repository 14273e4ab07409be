import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { queueQuerySchema } from '../../../../src/central/contract/workbench-contract';
import { readQueue } from '../../../../src/central/workbench/department-queue';
import type { SubtaskWrite } from '../../../../src/central/workbench/subtask-projection';
import { upsertSubtasks } from '../../../../src/central/workbench/subtask-projection-queries';
import { defaultCalendar } from '../../../../src/shared/calendar/default-calendar';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../suite/test-centre';
import { availableTestStores } from '../suite/test-stores';
import { centreUser, market, reviewerOf } from './workbench-fixtures';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

let centre: TestCentre;
beforeEach(async () => {
  centre = await startTestCentre(store);
  await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  await centre.admin.createHall({ code: 'XY', name: '新阳区政务服务中心' });
}, centreHookTimeout);
afterEach(() => centre.close(), centreHookTimeout);

// A Wednesday in a year the shipped calendar covers; due dates are counted from it.
const today = '2026-03-04';
const now = new Date(`${today}T02:00:00Z`);

function write(caseNo: string, dueInWorkingDays: number, promisedDays: number, extra: Partial<SubtaskWrite> = {}): SubtaskWrite {
  const due =
    dueInWorkingDays >= 0 ? defaultCalendar.addWorkingDays(today, dueInWorkingDays) : addCalendarDays(today, dueInWorkingDays * 2);
  return {
    caseNo,
    position: 0,
    department: market,
    itemCode: '32050000SJ-XK-0006',
    itemName: '食品经营许可（新办）',
    applicantName: `申请人${caseNo.slice(-2)}`,
    caseState: 'in-progress',
    taskState: 'in-progress',
    isOpen: true,
    acceptedOn: '2026-02-20',
    promisedDays,
    dueDate: due,
    decidedOn: null,
    outcome: null,
    decisionDocNo: null,
    seq: 1,
    ...extra,
  };
}

function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function load(hallCode: string, writes: SubtaskWrite[]) {
  await centre.sql.transaction((tx) => upsertSubtasks(tx, { id: randomUUID(), hallCode, deskNo: '01' }, writes));
}

const queue = (user: Parameters<typeof readQueue>[1], query: Record<string, string> = {}) =>
  readQueue(centre.sql, user, queueQuerySchema.parse(query), now);

it('puts the most urgent first: fewest remaining working days of the department’s share, across halls', async () => {
  await load('JC', [write('JC-01-2026-000001', 8, 10), write('JC-01-2026-000002', -2, 5), write('JC-01-2026-000003', 1, 2)]);
  await load('XY', [
    write('XY-01-2026-000001', 0, 1),
    write('XY-01-2026-000002', 3, 5),
    write('XY-01-2026-000003', 2, 3, { department: '江川市公安局' }),
  ]);
  const page = await queue(reviewerOf(market));
  expect(page.rows.map((r) => [r.caseNo, r.remainingWorkingDays, r.level])).toEqual([
    ['JC-01-2026-000002', -3, 'red'],
    ['XY-01-2026-000001', 0, 'yellow'],
    ['JC-01-2026-000003', 1, 'yellow'],
    ['XY-01-2026-000002', 3, 'normal'],
    ['JC-01-2026-000001', 8, 'normal'],
  ]);
  const remaining = page.rows.map((r) => r.remainingWorkingDays ?? Infinity);
  expect(remaining).toEqual([...remaining].sort((a, b) => a - b));
});

it('filters by warning level in the query exactly as each row’s level reads, and by hall, state and search; pages', async () => {
  const writes = [-3, -1, 0, 1, 1, 2, 2, 3, 5, 9].map((days, i) => write(`JC-01-2026-00001${i}`, days, [1, 2, 3, 4, 10][i % 5]!));
  await load('JC', writes);
  await load('XY', [write('XY-01-2026-000001', 1, 2, { applicantName: '江川市明远食品有限公司' })]);
  const everyRow = (await queue(centreUser('inspector'), { pageSize: '100' })).rows;
  for (const level of ['red', 'yellow', 'normal'] as const) {
    const filtered = await queue(centreUser('inspector'), { level, pageSize: '100' });
    expect(filtered.rows.map((r) => r.caseNo)).toEqual(everyRow.filter((r) => r.level === level).map((r) => r.caseNo));
  }
  expect((await queue(centreUser('inspector'), { hallCode: 'XY' })).rows.map((r) => r.caseNo)).toEqual(['XY-01-2026-000001']);
  expect((await queue(centreUser('inspector'), { search: '明远' })).rows.map((r) => r.caseNo)).toEqual(['XY-01-2026-000001']);
  expect((await queue(centreUser('inspector'), { search: 'JC-01-2026-00001' })).rows).toHaveLength(10);
  expect((await queue(centreUser('inspector'), { search: '%' })).rows).toHaveLength(0);
  expect((await queue(centreUser('inspector'), { reviewState: 'in-review' })).rows).toHaveLength(0);
  expect((await queue(centreUser('inspector'), { reviewState: 'waiting', pageSize: '100' })).rows).toHaveLength(11);

  const first = await queue(centreUser('inspector'), { pageSize: '4' });
  const second = await queue(centreUser('inspector'), { pageSize: '4', page: '1' });
  const last = await queue(centreUser('inspector'), { pageSize: '4', page: '2' });
  expect([first.hasMore, second.hasMore, last.hasMore]).toEqual([true, true, false]);
  expect([...first.rows, ...second.rows, ...last.rows].map((r) => r.caseNo)).toEqual(everyRow.map((r) => r.caseNo));
});

it('leaves closed sub-tasks out of the queue unless asked for', async () => {
  await load('JC', [write('JC-01-2026-000001', 4, 5), write('JC-01-2026-000002', 1, 5, { taskState: 'done', isOpen: false })]);
  expect((await queue(reviewerOf(market))).rows.map((r) => r.caseNo)).toEqual(['JC-01-2026-000001']);
  const all = await queue(reviewerOf(market), { includeClosed: 'true' });
  expect(all.rows.map((r) => [r.caseNo, r.level])).toEqual([
    ['JC-01-2026-000002', null],
    ['JC-01-2026-000001', 'normal'],
  ]);
});
