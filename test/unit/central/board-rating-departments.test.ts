import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BoardSubtaskFact } from '../../../src/central/board/board-facts';
import { boardFigures } from '../../../src/central/board/board-figures';
import { replaceBoardSubtasks, upsertBoardFollowUps, upsertBoardRatings } from '../../../src/central/board/board-projection-queries';
import { createHall } from '../../../src/central/halls/halls';
import { migrate } from '../../../src/central/db/migrate';
import type { Sql } from '../../../src/central/db/sql';
import { defaultCalendar } from '../../../src/shared/calendar/default-calendar';
import { centreHookTimeout } from './suite/test-centre';
import { availableTestStores, freshSchemaName } from './suite/test-stores';

const hall = 'JC';
const caseNo = 'JC-20260302-0001';

function subtask(position: number, department: string, firstOfDepartment = true): BoardSubtaskFact {
  return {
    caseNo,
    position,
    department,
    itemCode: `item-${position}`,
    itemVersion: 1,
    firstOfDepartment,
    caseState: 'decided',
    decision: 'accept',
    receivedOn: '2026-03-02',
    acceptedOn: '2026-03-02',
    decidedOn: '2026-03-03',
    promisedDate: '2026-03-10',
    paused: false,
    clockDueDate: '2026-03-10',
    extensionDays: 0,
    subtaskState: 'done',
    subtaskDueDate: '2026-03-10',
    underClock: false,
    promisedDays: 5,
    materialsReused: 0,
    tripsSaved: 0,
  };
}

/** The case's row now points at `eventId`, as applying its event leaves it. */
async function pointCaseAt(sql: Sql, eventId: string): Promise<void> {
  await sql.query(
    `INSERT INTO cases (hall_code, case_no, desk_no, content_hash, state, last_desk_id, last_seq, last_event_id)
     VALUES ($1, $2, '03', 'h', 'decided', $3, 1, $4)
     ON CONFLICT (hall_code, case_no) DO UPDATE SET last_event_id = EXCLUDED.last_event_id`,
    [hall, caseNo, randomUUID(), eventId],
  );
}

/** What each rating's or follow-up's departments must be: a recount from the sub-task rows. */
async function recountedDepartments(sql: Sql, table: string): Promise<unknown[]> {
  return sql.query(
    `SELECT r.stage, coalesce((SELECT array_agg(s.department ORDER BY s.position) FROM board_subtasks s
       WHERE s.hall_code = r.hall_code AND s.case_no = r.case_no AND s.first_of_department), '{}') AS departments
     FROM ${table} r ORDER BY r.stage`,
  );
}

describe('a rating or follow-up on the board counts by its case’s departments as the sub-task rows stand', () => {
  const store = availableTestStores()[0]!;
  let sql: Sql;
  beforeAll(() => store.warmUp(), 120_000);
  afterAll(() => store.shutdown());
  beforeEach(async () => {
    sql = await store.openSchema(freshSchemaName());
    await migrate(sql);
    await createHall(sql, { code: hall, name: '江川市政务服务中心' });
  }, centreHookTimeout);
  afterEach(() => sql.close());

  it('follows the case’s later events, and an older event re-applied changes nothing', async () => {
    const first = randomUUID();
    await pointCaseAt(sql, first);
    const joint = [subtask(0, '市场监管局'), subtask(1, '人社局'), subtask(2, '市场监管局', false)];
    await sql.transaction((tx) => replaceBoardSubtasks(tx, hall, [{ caseNo, eventId: first, facts: joint }]));
    await sql.transaction((tx) =>
      upsertBoardRatings(tx, hall, [
        { caseNo, stage: 'accept', level: 'satisfied', isBad: false, isSatisfied: true, ratedOn: '2026-03-03' },
      ]),
    );
    await sql.transaction((tx) =>
      upsertBoardFollowUps(tx, hall, [
        { caseNo, stage: 'delivery', status: 'open', openedOn: '2026-03-04', dueDate: '2026-03-11', closedOn: null },
      ]),
    );
    const stored = (table: string) => sql.query(`SELECT stage, departments FROM ${table} ORDER BY stage`);
    expect(await stored('board_ratings')).toEqual([{ stage: 'accept', departments: ['市场监管局', '人社局'] }]);
    expect(await stored('board_follow_ups')).toEqual([{ stage: 'delivery', departments: ['市场监管局', '人社局'] }]);

    // The case's next event leaves it with one item of another department.
    const second = randomUUID();
    await pointCaseAt(sql, second);
    await sql.transaction((tx) => replaceBoardSubtasks(tx, hall, [{ caseNo, eventId: second, facts: [subtask(0, '卫健委')] }]));
    await sql.transaction((tx) => replaceBoardSubtasks(tx, hall, [{ caseNo, eventId: first, facts: joint }]));
    expect(await stored('board_ratings')).toEqual([{ stage: 'accept', departments: ['卫健委'] }]);
    for (const table of ['board_ratings', 'board_follow_ups']) expect(await stored(table)).toEqual(await recountedDepartments(sql, table));

    const board = await boardFigures(
      sql,
      { calendar: defaultCalendar },
      { from: '2026-03-01', to: '2026-03-31', hallCode: null, department: null },
      '2026-03-31',
      new Date(),
    );
    expect(board.byDepartment.map((r) => [r.key, r.ratings])).toEqual([['卫健委', 1]]);
    expect(board.byHall.map((r) => [r.key, r.ratings, r.satisfied])).toEqual([[hall, 1, 1]]);
    expect(board.followUps).toMatchObject({ badRatings: 1, open: 1, overdue: 1 });
    const inDepartment = (department: string) =>
      boardFigures(
        sql,
        { calendar: defaultCalendar },
        { from: '2026-03-01', to: '2026-03-31', hallCode: null, department },
        '2026-03-31',
        new Date(),
      );
    expect((await inDepartment('卫健委')).followUps).toMatchObject({ badRatings: 1, open: 1 });
    expect((await inDepartment('人社局')).followUps).toMatchObject({ badRatings: 0, open: 0 });
  });
});
