import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actOnSubtask, decidePlan, requestMaterialsPlan, startPlan } from '../../../../src/central/workbench/department-actions';
import { readQueue } from '../../../../src/central/workbench/department-queue';
import { departmentMayReadCase, readSubtaskPage } from '../../../../src/central/workbench/subtask-page';
import { queueQuerySchema } from '../../../../src/central/contract/workbench-contract';
import { openTestDesk, setUpDesk, type TestDesk } from '../../../helpers/test-backend';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../suite/test-centre';
import { availableTestStores } from '../suite/test-stores';
import { centreUser, health, market, registerJointCase, reviewerOf } from './workbench-fixtures';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

let centre: TestCentre;
let desk: TestDesk;
const w = 'admin-window';

beforeEach(async () => {
  centre = await startTestCentre(store);
  await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  await centre.admin.createHall({ code: 'XY', name: '新阳区政务服务中心' });
  desk = openTestDesk();
  await setUpDesk(desk, w);
  const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
  await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
}, centreHookTimeout);
afterEach(async () => {
  desk.close();
  await centre.close();
}, centreHookTimeout);

const queueOf = async (user: Parameters<typeof readQueue>[1], query = {}, now?: Date) =>
  readQueue(centre.sql, user, queueQuerySchema.parse(query), now);
const publishedWords = async () =>
  (await centre.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM publications WHERE kind = 'case-status'"))[0]!.n;

describe('sub-task projection from real desk events', () => {
  it('a joint case synced from a desk appears in both departments’ queues, each with its own item and due date', async () => {
    const caseNo = await registerJointCase(desk, w);
    await desk.call('sync.now', {}, w);
    const lifecycle = await desk.call('lifecycle.get', { caseNo }, w);

    const rows = await centre.sql.query<{
      position: number;
      department: string;
      applicant_name: string;
      due_date: string;
      is_open: boolean;
    }>('SELECT position, department, applicant_name, due_date, is_open FROM centre_subtasks WHERE case_no = $1 ORDER BY position', [
      caseNo,
    ]);
    expect(rows).toEqual(
      lifecycle.subtasks.map((t) => ({
        position: t.position,
        department: t.department,
        applicant_name: lifecycle.applicantName,
        due_date: t.dueDate,
        is_open: true,
      })),
    );
    expect(rows.map((r) => r.department)).toEqual([market, health]);

    // The centre counts with the desk's day (the test desk's clock is not the machine's).
    const marketQueue = await queueOf(reviewerOf(market), {}, new Date(`${lifecycle.today}T04:00:00Z`));
    expect(marketQueue.rows.map((r) => [r.caseNo, r.department, r.reviewState])).toEqual([[caseNo, market, 'waiting']]);
    expect(marketQueue.rows[0]!.remainingWorkingDays).toBe(lifecycle.subtasks[0]!.remainingWorkingDays);
    expect((await queueOf(reviewerOf(health))).rows.map((r) => r.department)).toEqual([health]);
  });

  it('scopes the queue and the page by role: own department, own hall, or every sub-task', async () => {
    const caseNo = await registerJointCase(desk, w);
    await desk.call('sync.now', {}, w);
    expect((await queueOf(centreUser('hall-admin', { hallCode: 'JC' }))).rows).toHaveLength(2);
    expect((await queueOf(centreUser('hall-admin', { hallCode: 'XY' }))).rows).toHaveLength(0);
    // A filter never widens the scope: another hall asked for by name is still out of reach.
    expect((await queueOf(centreUser('hall-admin', { hallCode: 'XY' }), { hallCode: 'JC' })).rows).toHaveLength(0);
    expect((await queueOf(centreUser('inspector'))).rows).toHaveLength(2);
    expect((await queueOf(centreUser('centre-admin'))).rows).toHaveLength(2);
    expect((await queueOf(reviewerOf('江川市公安局'))).rows).toHaveLength(0);
    expect((await queueOf(centreUser('department-reviewer', { department: market, hallCode: 'XY' }))).rows).toHaveLength(0);

    const key = { hallCode: 'JC', caseNo, position: 1 };
    await expect(readSubtaskPage(centre.sql, reviewerOf(market), key)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const page = await readSubtaskPage(centre.sql, reviewerOf(health), key);
    expect(page.subtask.department).toBe(health);
    expect(page.siblings.map((s) => s.department)).toEqual([market, health]);
    expect(page.actions).toEqual(['start', 'request-materials', 'decide']);
    expect((await readSubtaskPage(centre.sql, centreUser('inspector'), key)).actions).toEqual([]);
    expect(await departmentMayReadCase(centre.sql, reviewerOf(health), 'JC', caseNo)).toBe(true);
    expect(await departmentMayReadCase(centre.sql, reviewerOf('江川市公安局'), 'JC', caseNo)).toBe(false);
  });
});

describe('department actions', () => {
  it('each action publishes exactly one word to the hall, a retried click none; the desk applies it and the projection follows', async () => {
    const caseNo = await registerJointCase(desk, w);
    await desk.call('sync.now', {}, w);
    const before = await publishedWords();
    const start = { hallCode: 'JC', caseNo, position: 0, wordId: randomUUID(), note: '' };

    const first = await actOnSubtask(centre.sql, reviewerOf(market), start, startPlan());
    expect(first).toMatchObject({ applied: true, subtask: { reviewState: 'in-review' } });
    expect(await publishedWords()).toBe(before + 1);
    const retried = await actOnSubtask(centre.sql, reviewerOf(market), start, startPlan());
    expect(retried).toMatchObject({ applied: false, cursor: first.cursor });
    expect(await publishedWords()).toBe(before + 1);

    // Another department's reviewer, and a reader, may not act on it.
    const foreign = { ...start, wordId: randomUUID() };
    await expect(actOnSubtask(centre.sql, reviewerOf(health), foreign, startPlan())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(actOnSubtask(centre.sql, centreUser('centre-admin'), foreign, startPlan())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await publishedWords()).toBe(before + 1);

    // The desk pulls the word once and its sub-task moves; its next event moves the projection.
    await desk.call('sync.now', {}, w);
    await desk.call('sync.now', {}, w);
    const [task] = await centre.sql.query<{ task_state: string; review_state: string }>(
      'SELECT task_state, review_state FROM centre_subtasks WHERE case_no = $1 AND position = 0',
      [caseNo],
    );
    expect(task).toEqual({ task_state: 'in-progress', review_state: 'in-review' });
    const word = await centre.sql.query<{ body: { wordId: string; position: number; state: string } }>(
      "SELECT body FROM publications WHERE kind = 'case-status' ORDER BY cursor DESC LIMIT 1",
    );
    expect(word[0]!.body).toMatchObject({ wordId: start.wordId, position: 0, state: 'in-review', department: market });
  });

  it('要求补正 carries the missing list; a decision closes the sub-task for the queue once the desk reports it done', async () => {
    const caseNo = await registerJointCase(desk, w);
    await desk.call('sync.now', {}, w);
    const base = { hallCode: 'JC', caseNo, note: '' };
    const request = { ...base, position: 1, wordId: randomUUID(), missingMaterials: [{ name: '卫生检测报告' }] };
    await actOnSubtask(centre.sql, reviewerOf(health), request, requestMaterialsPlan(request));
    const words = await centre.sql.query<{ body: { state: string; missingMaterials: unknown } }>(
      "SELECT body FROM publications WHERE kind = 'case-status' ORDER BY cursor",
    );
    expect(words.at(-1)!.body).toMatchObject({ state: 'materials-requested', missingMaterials: [{ name: '卫生检测报告' }] });
    // 待补正 until the window reports the materials: no decision meanwhile.
    const early = {
      ...base,
      position: 1,
      wordId: randomUUID(),
      outcome: 'approved' as const,
      decision: { documentNo: 'X', decidedOn: '2026-03-02' },
    };
    await expect(actOnSubtask(centre.sql, reviewerOf(health), early, decidePlan(early))).rejects.toMatchObject({ code: 'CONFLICT' });

    const decide = {
      ...base,
      position: 0,
      wordId: randomUUID(),
      outcome: 'approved' as const,
      decision: { documentNo: '江市监食〔2026〕1号', decidedOn: '2026-03-02' },
    };
    const decided = await actOnSubtask(centre.sql, reviewerOf(market), decide, decidePlan(decide));
    expect(decided.subtask).toMatchObject({ reviewState: 'approved', outcome: 'approved', decidedOn: '2026-03-02' });
    await desk.call('sync.now', {}, w);
    await desk.call('sync.now', {}, w);
    const marketQueue = await queueOf(reviewerOf(market));
    expect(marketQueue.rows).toEqual([]);
    const all = await queueOf(reviewerOf(market), { includeClosed: 'true' });
    expect(all.rows.map((r) => [r.reviewState, r.taskState, r.isOpen])).toEqual([['approved', 'done', false]]);
    // The other department sees the decision beside its own sub-task.
    const page = await readSubtaskPage(centre.sql, reviewerOf(health), { hallCode: 'JC', caseNo, position: 1 });
    expect(page.siblings[0]).toMatchObject({ department: market, reviewState: 'approved' });
    expect(page.history.filter((h) => h.source === 'centre').map((h) => h.summary)).toEqual([
      '要求补正：卫生检测报告',
      '准予（决定文书 江市监食〔2026〕1号，2026-03-02）',
    ]);
  });
});
