import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { actOnSubtask, requestMaterialsPlan } from '../../../../src/central/workbench/department-actions';
import { useDeskAtCentre } from './desk-at-centre';
import { health, registerJointCase, reviewerOf } from './workbench-fixtures';

const setup = useDeskAtCentre();

/** The health department's 要求补正 on the case's second item. */
async function requestHygieneReport(caseNo: string): Promise<void> {
  const request = { hallCode: 'JC', caseNo, position: 1, note: '', wordId: randomUUID(), missingMaterials: [{ name: '卫生检测报告' }] };
  await actOnSubtask(setup.centre.sql, reviewerOf(health), request, requestMaterialsPlan(request));
}

/** The window records every owed line as supplied. */
async function supplyOwed(caseNo: string): Promise<void> {
  const { desk, window } = setup;
  const owed = (await desk.call('lifecycle.get', { caseNo }, window)).materials.filter((m) => m.status === 'missing');
  expect(owed.map((m) => m.name)).toEqual(['卫生检测报告']);
  await desk.call(
    'lifecycle.supply',
    { caseNo, materials: owed.map((m) => ({ key: m.key, originals: m.originals, copies: m.copies, electronic: false })) },
    window,
  );
}

const syncOnce = () => setup.desk.call('sync.now', {}, setup.window);

async function centreRow(caseNo: string, position: number): Promise<{ case_state: string; review_state: string }> {
  await setup.centre.settle();
  const rows = await setup.centre.sql.query<{ case_state: string; review_state: string }>(
    'SELECT case_state, review_state FROM centre_subtasks WHERE case_no = $1 AND position = $2',
    [caseNo, position],
  );
  return rows[0]!;
}

describe('a department’s 补正 ends when the desk reports its materials supplied', () => {
  it('even when the desk’s 待补正 and the supplied materials reach the centre in one batch', async () => {
    const { desk, window } = setup;
    const caseNo = await registerJointCase(desk, window);
    await syncOnce();
    await requestHygieneReport(caseNo);
    // One sync pushes first, then pulls: the desk takes the request, and its 待补正 waits for the next push.
    await syncOnce();
    expect((await desk.call('lifecycle.get', { caseNo }, window)).state).toBe('awaiting-materials');
    await supplyOwed(caseNo);
    expect(await centreRow(caseNo, 1)).toEqual({ case_state: 'accepted', review_state: 'materials-requested' });

    await syncOnce();
    expect(await centreRow(caseNo, 1)).toEqual({ case_state: 'in-progress', review_state: 'in-review' });
    expect((await centreRow(caseNo, 0)).review_state).toBe('waiting');
  });

  it('a second 补正 on the same day is not ended by the first one’s supplied materials', async () => {
    const { desk, window } = setup;
    const caseNo = await registerJointCase(desk, window);
    await syncOnce();
    await requestHygieneReport(caseNo);
    await syncOnce();
    await supplyOwed(caseNo);
    await syncOnce();
    expect((await centreRow(caseNo, 1)).review_state).toBe('in-review');

    await requestHygieneReport(caseNo);
    // The window works the other item before the desk pulls the new request: that event still shows only the first 补正, over.
    await desk.call('lifecycle.start', { caseNo, position: 0 }, window);
    await syncOnce();
    expect((await centreRow(caseNo, 1)).review_state).toBe('materials-requested');
    await syncOnce();
    expect(await centreRow(caseNo, 1)).toEqual({ case_state: 'awaiting-materials', review_state: 'materials-requested' });

    await supplyOwed(caseNo);
    await syncOnce();
    expect((await centreRow(caseNo, 1)).review_state).toBe('in-review');
  });
});
