import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CentreRole, CentreUser } from '../../../src/central/accounts/centre-user';
import { createAdminGuard } from '../../../src/central/admin/admin-auth';
import { boardFiguresSchema } from '../../../src/central/contract/board-contract';
import { migrate } from '../../../src/central/db/migrate';
import type { Sql } from '../../../src/central/db/sql';
import { createCentralApp } from '../../../src/central/http/central-app';
import type { CentralEnv } from '../../../src/central/http/central-env';
import { freshSchemaName, availableTestStores } from './suite/test-stores';

const store = availableTestStores()[0]!;
let sql: Sql;
let schema: string;

/** The centre's app behind a stand-in for the session middleware: the account comes from a test header. */
function appAs(user: CentreUser | undefined) {
  const app = new Hono<CentralEnv>();
  app.use(async (c, next) => {
    if (user) c.set('centreUser', user);
    await next();
  });
  app.route(
    '/',
    createCentralApp({ sql, admin: createAdminGuard('t0ken-for-tests-0123456789'), version: 'test', logError: () => undefined }),
  );
  return app;
}

const person = (role: CentreRole, hallCode: string | null = null, department: string | null = null): CentreUser => ({
  accountId: `${role}-1`,
  staffNo: 'Z001',
  name: '赵督查',
  role,
  hallCode,
  department,
});

const market = '江川市市场监督管理局';

async function seedCase(hall: string, caseNo: string, decidedOn: string | null) {
  await sql.query(
    `INSERT INTO board_subtasks (hall_code, case_no, position, department, item_code, item_version, first_of_department, case_state,
       decision, received_on, accepted_on, decided_on, promised_date, paused, clock_due_date, extension_days, subtask_state,
       subtask_due_date, under_clock, promised_days, materials_reused, trips_saved)
     VALUES ($1, $2, 0, $3, 'X-1', 1, true, $4, 'accept', '2026-03-02', '2026-03-02', $5, '2026-03-06', false, null, 0, $6,
       '2026-03-06', $7, 5, 1, 1)`,
    [hall, caseNo, market, decidedOn ? 'decided' : 'accepted', decidedOn, decidedOn ? 'done' : 'pending', decidedOn === null],
  );
}

const query = '?from=2026-03-01&to=2026-03-31';

beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());
beforeEach(async () => {
  schema = freshSchemaName();
  sql = await store.openSchema(schema);
  await migrate(sql);
  await sql.query(`INSERT INTO halls (code, name) VALUES ('JC', '江川市政务服务中心'), ('HX', '河西区政务服务中心')`);
  await seedCase('JC', 'JC-03-2026-000001', '2026-03-04');
  await seedCase('HX', 'HX-01-2026-000001', null);
  await seedCase('HX', 'HX-01-2026-000002', '2026-03-09');
  // The catalogue the centre published gives the item's 法定时限 (20 working days).
  await sql.query(`INSERT INTO national_publications (kind, body) VALUES ('catalogue', $1::jsonb)`, [
    JSON.stringify({ items: [{ code: 'X-1', version: 1, statutoryDays: 20, promisedDays: 5 }] }),
  ]);
}, 60_000);
afterEach(async () => {
  await sql.close();
  await store.dropSchema(schema);
});

describe('督查看板 routes, as every role', () => {
  it('answers 401 signed out and 403 to a department reviewer, on both routes', async () => {
    for (const path of ['/v1/work/board', '/v1/work/board/xlsx']) {
      expect((await appAs(undefined).request(path + query)).status).toBe(401);
      expect((await appAs(person('department-reviewer', null, market)).request(path + query)).status).toBe(403);
    }
  });

  it('shows every hall to an inspector and the centre administrator, one hall when asked', async () => {
    for (const role of ['inspector', 'centre-admin'] as const) {
      const reply = await appAs(person(role)).request(`/v1/work/board${query}`);
      expect(reply.status).toBe(200);
      const board = boardFiguresSchema.parse(((await reply.json()) as { value: unknown }).value);
      expect(board.total).toMatchObject({ received: 3, accepted: 3, finished: 2, finishedOnTime: 1, materialsSaved: 2, tripsSaved: 2 });
      // 三减: 2 and 5 working days used against 20 statutory ones.
      expect(board.total).toMatchObject({ avgWorkingDays: 3.5, avgPromisedDays: 5, avgStatutoryDays: 20, daysSaved: 18 + 15 });
      expect(board.byHall.map((r) => [r.key, r.label, r.received])).toEqual([
        ['HX', '河西区政务服务中心', 2],
        ['JC', '江川市政务服务中心', 1],
      ]);
      // 2026-03-06 has passed: the open sub-task is red.
      expect(board.warningsByDepartment).toEqual([{ key: market, label: market, yellow: 0, red: 1, open: 1 }]);
      const one = (await (await appAs(person(role)).request(`/v1/work/board${query}&hallCode=JC`)).json()) as { value: { total: unknown } };
      expect(one.value.total).toMatchObject({ received: 1, finished: 1 });
    }
  });

  it('counts what a desk has just sent, before the background check has reached it', async () => {
    // A rating of the seeded JC case, stored and queued as the batch route leaves it (the test app runs no checker).
    const [deskId, batchId] = [randomUUID(), randomUUID()];
    await sql.query("INSERT INTO desks (id, hall_code, desk_no, credential_hash) VALUES ($1, 'JC', '03', 'x')", [deskId]);
    const rating = { caseNo: 'JC-03-2026-000001', stage: 'accept', level: 'satisfied', ratedOn: '2026-03-04', status: 'rated' };
    await sql.query(
      `INSERT INTO received_events (hall_code, desk_id, seq, event_id, batch_id, entity, entity_id, op, payload, created_at)
       VALUES ('JC', $1, 1, $2, $3, 'rating', 'JC-03-2026-000001/accept', 'rating.submitted', $4, '2026-03-04T02:00:00Z')`,
      [deskId, randomUUID(), batchId, JSON.stringify(rating)],
    );
    await sql.query("INSERT INTO payload_check_queue (hall_code, desk_id, batch_id, first_seq, last_seq) VALUES ('JC', $1, $2, 1, 1)", [
      deskId,
      batchId,
    ]);
    const reply = await appAs(person('inspector')).request(`/v1/work/board${query}&hallCode=JC`);
    const board = boardFiguresSchema.parse(((await reply.json()) as { value: unknown }).value);
    expect(board.byHall.map((r) => [r.key, r.ratings])).toEqual([['JC', 1]]);
  });

  it('holds a hall administrator to their own hall, and refuses another hall by name', async () => {
    const own = await appAs(person('hall-admin', 'JC')).request(`/v1/work/board${query}`);
    const board = boardFiguresSchema.parse(((await own.json()) as { value: unknown }).value);
    expect(board.hallCode).toBe('JC');
    expect(board.byHall.map((r) => r.key)).toEqual(['JC']);
    expect(board.warningsByHall).toEqual([]);
    const other = await appAs(person('hall-admin', 'JC')).request(`/v1/work/board${query}&hallCode=HX`);
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ error: { message: '大厅管理员只能查看本大厅的数据' } });
  });

  it('refuses a reversed period with a Chinese message', async () => {
    const reply = await appAs(person('inspector')).request('/v1/work/board?from=2026-03-31&to=2026-03-01');
    expect(reply.status).toBe(400);
    expect(await reply.json()).toMatchObject({ error: { message: expect.stringContaining('起始日期不能晚于截止日期') } });
  });

  it('exports the same numbers to .xlsx, the generation time in the hall’s zone', async () => {
    const reply = await appAs(person('hall-admin', 'HX')).request(`/v1/work/board/xlsx${query}`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toContain(encodeURIComponent('督查看板-HX-2026-03-01至2026-03-31.xlsx'));
    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    await book.xlsx.load(await reply.arrayBuffer());
    const sheet = book.getWorksheet('按大厅')!;
    expect(sheet.getRow(3).getCell(2).value).toBe('收件');
    expect(sheet.getRow(5).values).toEqual(expect.arrayContaining(['河西区政务服务中心', 2]));
    const generated = String(sheet.getRow(2).getCell(4).value);
    const shanghai = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short' }).format(new Date());
    expect(generated).toContain(`生成时间：${shanghai}`);
  });
});
