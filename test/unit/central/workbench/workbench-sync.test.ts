import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  actOnSubtask,
  decidePlan,
  requestMaterialsPlan,
  specialStepPlan,
  startPlan,
} from '../../../../src/central/workbench/department-actions';
import { readQueue } from '../../../../src/central/workbench/department-queue';
import { departmentMayReadCase, readSubtaskPage } from '../../../../src/central/workbench/subtask-page';
import { mayReadCasePage } from '../../../../src/central/pages-store/may-read-case-page';
import { migration0005 } from '../../../../src/central/db/migrations/0005-centre-subtasks';
import { queueQuerySchema } from '../../../../src/central/contract/workbench-contract';
import type { TestDesk } from '../../../helpers/test-backend';
import type { TestCentre } from '../suite/test-centre';
import { useDeskAtCentre } from './desk-at-centre';
import { centreUser, health, market, registerJointCase, reviewerOf } from './workbench-fixtures';

const setup = useDeskAtCentre();
let centre: TestCentre;
let desk: TestDesk;
let w: string;
beforeEach(() => ({ centre, desk, window: w } = setup));

const queueOf = async (user: Parameters<typeof readQueue>[1], query = {}, now?: Date) =>
  readQueue(centre.sql, user, queueQuerySchema.parse(query), now);
const publishedWords = async () =>
  (await centre.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM publications WHERE kind = 'case-status'"))[0]!.n;

describe('sub-task projection from real desk events', () => {
  it('a joint case synced from a desk appears in both departments’ queues, each with its own item and due date', async () => {
    const caseNo = await registerJointCase(desk, w);
    await desk.call('sync.now', {}, w);
    await centre.settle();
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
    // The case's page files: the reviewers whose department works the case, and no other department.
    const references = [{ hallCode: 'JC', caseNo, mime: 'image/jpeg' }];
    const reader = (department: string) => ({ kind: 'centre-user', user: reviewerOf(department) }) as const;
    expect(await mayReadCasePage(centre.sql, reader(health), references)).toBe(true);
    expect(await mayReadCasePage(centre.sql, reader('江川市公安局'), references)).toBe(false);
  });

  it('a case synced a moment ago is in the queue and on its page at the next read, before any background check', async () => {
    // The test centre runs no background checker: each reader projects what its hall has queued.
    const first = await registerJointCase(desk, w);
    await desk.call('sync.now', {}, w);
    expect(await centre.sql.query('SELECT 1 FROM centre_subtasks')).toEqual([]);
    const page = await readSubtaskPage(centre.sql, reviewerOf(health), { hallCode: 'JC', caseNo: first, position: 1 });
    expect(page.subtask.department).toBe(health);

    const second = await registerJointCase(desk, w);
    await desk.call('sync.now', {}, w);
    const queue = await queueOf(reviewerOf(health));
    expect(queue.rows.map((r) => r.caseNo).sort()).toEqual([first, second].sort());
  });

  it('the migration fills the table from the cases the centre already holds, as the projection does', async () => {
    const caseNo = await registerJointCase(desk, w);
    await desk.call('lifecycle.start', { caseNo, position: 0 }, w);
    await desk.call('sync.now', {}, w);
    const columns =
      'hall_code, case_no, position, desk_no, department, item_code, item_name, applicant_name, case_state, task_state, is_open, accepted_on, promised_days, due_date, decided_on, outcome, decision_doc_no, source_seq';
    await centre.settle();
    const projected = await centre.sql.query(`SELECT ${columns} FROM centre_subtasks ORDER BY case_no, position`);
    expect(projected).toHaveLength(2);
    await centre.sql.query('DELETE FROM centre_subtasks');
    await centre.sql.query(migration0005.statements.at(-1)!);
    expect(await centre.sql.query(`SELECT ${columns} FROM centre_subtasks ORDER BY case_no, position`)).toEqual(projected);
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
    const audited = await centre.sql.query<{ action: string; entity_id: string }>(
      "SELECT action, entity_id FROM centre_audit_log WHERE action LIKE 'work.%'",
    );
    expect(audited).toEqual([{ action: 'work.start', entity_id: `JC/${caseNo}/0` }]);

    // Another department's reviewer, and a reader, may not act on it.
    const foreign = { ...start, wordId: randomUUID() };
    await expect(actOnSubtask(centre.sql, reviewerOf(health), foreign, startPlan())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(actOnSubtask(centre.sql, centreUser('centre-admin'), foreign, startPlan())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await publishedWords()).toBe(before + 1);

    // The desk pulls the word once and its sub-task moves; its next event moves the projection.
    await desk.call('sync.now', {}, w);
    await desk.call('sync.now', {}, w);
    await centre.settle();
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

describe('a joint case through the workbench, end to end', () => {
  it('one department asks for 补正, the desk shows 待补正, the materials come back, both decide, the case is 已办结', async () => {
    const caseNo = await registerJointCase(desk, w);
    await desk.call('sync.now', {}, w);
    const key = (position: number) => ({ hallCode: 'JC', caseNo, position, note: '', wordId: randomUUID() });
    const sync = async () => {
      await desk.call('sync.now', {}, w);
      await desk.call('sync.now', {}, w);
    };
    const reviewStates = async () => {
      await centre.settle();
      return (
        await centre.sql.query<{ review_state: string }>('SELECT review_state FROM centre_subtasks WHERE case_no = $1 ORDER BY position', [
          caseNo,
        ])
      ).map((r) => r.review_state);
    };

    await actOnSubtask(centre.sql, reviewerOf(market), key(0), startPlan());
    const request = { ...key(1), missingMaterials: [{ name: '卫生检测报告' }] };
    await actOnSubtask(centre.sql, reviewerOf(health), request, requestMaterialsPlan(request));
    await sync();
    const waiting = await desk.call('lifecycle.get', { caseNo }, w);
    expect(waiting.state).toBe('awaiting-materials');
    expect(await reviewStates()).toEqual(['in-review', 'materials-requested']);

    const owed = waiting.materials.filter((m) => m.status === 'missing');
    expect(owed.map((m) => m.name)).toEqual(['卫生检测报告']);
    await desk.call(
      'lifecycle.supply',
      { caseNo, materials: owed.map((m) => ({ key: m.key, originals: m.originals, copies: m.copies, electronic: false })) },
      w,
    );
    await sync();
    // The materials came: the department's review resumes by itself.
    expect(await reviewStates()).toEqual(['in-review', 'in-review']);

    const refuse = {
      ...key(1),
      outcome: 'disapproved' as const,
      decision: { documentNo: '江卫不许〔2026〕3号', decidedOn: waiting.today },
    };
    await actOnSubtask(centre.sql, reviewerOf(health), refuse, decidePlan(refuse));
    // The refusal is shown to the other department at once.
    const marketPage = await readSubtaskPage(centre.sql, reviewerOf(market), { hallCode: 'JC', caseNo, position: 0 });
    expect(marketPage.siblings[1]).toMatchObject({ department: health, reviewState: 'disapproved' });
    const approve = { ...key(0), outcome: 'approved' as const, decision: { documentNo: '江市监食〔2026〕9号', decidedOn: waiting.today } };
    await actOnSubtask(centre.sql, reviewerOf(market), approve, decidePlan(approve));
    await sync();

    const decided = await desk.call('lifecycle.get', { caseNo }, w);
    expect(decided).toMatchObject({ state: 'decided', outcome: 'partial' });
    expect(decided.subtasks.map((t) => [t.state, t.outcome, t.docNo])).toEqual([
      ['done', 'approved', '江市监食〔2026〕9号'],
      ['done', 'disapproved', '江卫不许〔2026〕3号'],
    ]);
    expect((await queueOf(centreUser('inspector'))).rows).toEqual([]);
  });
});

describe('特殊环节', () => {
  it('starts and ends a special step on the sub-task: one word each with the step, the desk pauses that sub-task', async () => {
    const caseNo = await registerJointCase(desk, w);
    await desk.call('sync.now', {}, w);
    const key = { hallCode: 'JC', caseNo, position: 0, note: '' };
    const reviewer = reviewerOf(market);
    await actOnSubtask(centre.sql, reviewer, { ...key, wordId: randomUUID() }, startPlan());
    const step = { ...key, wordId: randomUUID(), specialStep: { kind: '现场核查', plannedDays: 3 } };
    await actOnSubtask(centre.sql, reviewer, step, specialStepPlan(step, true));
    const during = await readSubtaskPage(centre.sql, reviewer, key);
    expect(during).toMatchObject({
      runningSpecialStep: '现场核查',
      actions: ['special-step-end'],
      subtask: { reviewState: 'special-step' },
    });
    await desk.call('sync.now', {}, w);
    const paused = await desk.call('lifecycle.get', { caseNo }, w);
    expect(paused.pauses).toEqual([expect.objectContaining({ kind: 'special-step', position: 0, to: null })]);

    const end = { ...step, wordId: randomUUID() };
    await actOnSubtask(centre.sql, reviewer, end, specialStepPlan(end, false));
    const words = await centre.sql.query<{ body: { state: string; specialStep?: { kind: string } } }>(
      "SELECT body FROM publications WHERE kind = 'case-status' ORDER BY cursor",
    );
    expect(words.map((w) => [w.body.state, w.body.specialStep?.kind ?? null])).toEqual([
      ['in-review', null],
      ['special-step-started', '现场核查'],
      ['special-step-ended', '现场核查'],
    ]);
    expect((await readSubtaskPage(centre.sql, reviewer, key)).actions).toEqual(['request-materials', 'special-step-start', 'decide']);
  });
});
