import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../central/suite/test-centre';
import { availableTestStores } from '../central/suite/test-stores';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

const store = availableTestStores()[0]!;
// PGlite's first start compiles its WASM: on a loaded machine that alone can pass a hook's timeout.
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

let centre: TestCentre;
let desk: TestDesk;
const w = 'admin-window';

beforeEach(async () => {
  centre = await startTestCentre(store);
  await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  desk = openTestDesk();
  await setUpDesk(desk, w);
}, centreHookTimeout);
afterEach(async () => {
  desk.close();
  await centre.close();
}, centreHookTimeout);

async function enrol() {
  const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
  return desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
}

async function registerCases(count: number) {
  const { materials } = await receiptsFor(desk, [socialCardItem], w);
  for (let i = 0; i < count; i += 1) {
    await desk.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
  }
}

function deskDb() {
  return new Database(join(desk.dataDir, 'halldesk.sqlite3'));
}

/** The hash of each case's latest outbox payload, over its stored bytes: what the centre must hold. */
function deskCaseHashes(): Map<string, string> {
  const db = deskDb();
  const rows = db.prepare("SELECT entity_id, payload FROM outbox WHERE entity = 'case' ORDER BY seq").all() as {
    entity_id: string;
    payload: string;
  }[];
  db.close();
  return new Map(
    rows.map((r) => [
      r.entity_id,
      // The stored bytes are the canonical JSON the centre hashes: no re-serialising on either side.
      createHash('sha256').update(r.payload, 'utf8').digest('hex'),
    ]),
  );
}

async function centreCaseHashes(): Promise<Map<string, string>> {
  const rows = await centre.sql.query<{ case_no: string; content_hash: string }>('SELECT case_no, content_hash FROM cases');
  return new Map(rows.map((r) => [r.case_no, r.content_hash]));
}

describe('desk sync engine', () => {
  it('sends the backlog after enrolment: every case on the centre once, identical, and an empty outbox', async () => {
    await registerCases(5);
    expect((await desk.call('sync.status', {}, w)).pending).toBeGreaterThanOrEqual(5);
    const status = await enrol();
    expect(status).toMatchObject({ enrolled: true, online: true, pending: 0, error: null, rejected: 0 });
    expect(status.lastSuccessAt).not.toBeNull();
    expect(await centreCaseHashes()).toEqual(deskCaseHashes());
  });

  it("refuses a spent enrolment code with the centre's Chinese message", async () => {
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
    const again = await desk.fail('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
    expect(again.code).toBe('VALIDATION');
    expect(again.message).toMatch(/注册码/);
  });

  it('says offline in Chinese and keeps the changes when the centre cannot be reached', async () => {
    await enrol();
    await registerCases(2);
    await centre.close();
    centre = await startTestCentre(store); // a fresh centre elsewhere; the desk still points at the old port
    const status = await desk.call('sync.now', {}, w);
    expect(status).toMatchObject({ online: false, pending: 2 });
    expect(status.error).toContain('无法连接中心平台');
  });

  it('puts a rejected event on the error list without holding up the events behind it', async () => {
    await enrol();
    const db = deskDb();
    db.prepare(
      `INSERT INTO outbox (event_id, entity, entity_id, op, payload, created_at) VALUES
       ('7d5c1f8e-2a1b-4c3d-9e8f-0a1b2c3d4e5f', 'case', 'XX-01-2026-000001', 'case.registered', '{"caseNo":"XX-01-2026-000001"}', '2026-03-02T01:30:00.000Z')`,
    ).run();
    db.close();
    await registerCases(2);
    const status = await desk.call('sync.now', {}, w);
    expect(status).toMatchObject({ pending: 0, rejected: 1 });
    const errors = await desk.call('sync.errors', {}, w);
    expect(errors[0]).toMatchObject({ entityId: 'XX-01-2026-000001' });
    expect(errors[0]!.reason.length).toBeGreaterThan(0);
    expect((await centreCaseHashes()).size).toBe(2);
  });

  it('resends an unacknowledged batch with the same ids, and the centre applies it once', async () => {
    await enrol();
    await registerCases(3);
    const { prepareBatch } = await import('../../../src/main/sync/outbox-batches');
    const { CentralClient } = await import('../../../src/main/sync/central-client');
    const { CredentialStore, bearer } = await import('../../../src/main/sync/credential-store');
    const db = deskDb();
    const batch = prepareBatch(db, new Date().toISOString())!;
    db.close();
    // The centre applies the batch but its answer is lost on the way back.
    await new CentralClient(centre.url).sendBatch(bearer(new CredentialStore(desk.dataDir).load()!), batch.body);
    const status = await desk.call('sync.now', {}, w);
    expect(status.pending).toBe(0);
    const received = await centre.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM received_events WHERE batch_id = $1', [
      batch.batchId,
    ]);
    expect(received[0]!.n).toBe(batch.events.length);
    expect(await centreCaseHashes()).toEqual(deskCaseHashes());
  });

  it('pulls a new catalogue version, a calendar year and a department status, each once', async () => {
    await enrol();
    await registerCases(1);
    await desk.call('sync.now', {}, w);
    const seed = JSON.parse(readFileSync('resources/catalogue/seed-catalogue.json', 'utf8')) as {
      items: { code: string; version: number; name: string }[];
    };
    const item = { ...seed.items[0]!, version: 2, name: '企业设立登记（有限责任公司）（2026年修订）', effectiveDate: '2026-01-01' };
    await centre.admin.publishCatalogue(JSON.stringify({ ...seed, items: [item] }), null);
    const calendar = JSON.parse(readFileSync('resources/calendar/cn-workdays.json', 'utf8')) as { years: Record<string, unknown> };
    await centre.admin.publishCalendar(
      JSON.stringify({ ...calendar, years: { '2027': { holidays: { '2027-01-01': '元旦' }, workdays: {} } } }),
    );
    await centre.admin.publishCaseStatus({
      caseNo: 'JC-03-2026-000001',
      state: 'in-review',
      department: '江川市人力资源和社会保障局',
      note: '',
    });
    await desk.call('sync.now', {}, w);
    await desk.call('sync.now', {}, w);
    const found = await desk.call('catalogue.search', { query: '2026年修订', limit: 5 }, w);
    expect(found.map((f) => [f.code, f.version])).toEqual([[item.code, 2]]);
    const db = deskDb();
    expect(db.prepare('SELECT case_no, state FROM case_status_updates').all()).toEqual([
      { case_no: 'JC-03-2026-000001', state: 'in-review' },
    ]);
    const imported = db.prepare("SELECT value FROM settings WHERE key = 'calendar.centre'").get() as { value: string };
    expect(Object.keys((JSON.parse(imported.value) as { years: object }).years)).toContain('2027');
    db.close();
  });

  it("keeps a local catalogue version that differs from the centre's, and reports it", async () => {
    await enrol();
    const seed = JSON.parse(readFileSync('resources/catalogue/seed-catalogue.json', 'utf8')) as { items: { code: string; name: string }[] };
    const changed = { ...seed, items: [{ ...seed.items[0]!, name: '中心改过的名称' }] };
    await centre.admin.publishCatalogue(JSON.stringify(changed), null);
    const status = await desk.call('sync.now', {}, w);
    expect(status.rejected).toBe(1);
    const [conflict] = await desk.call('sync.errors', {}, w);
    expect(conflict!.reason).toContain('保留本机版本');
    expect((await desk.call('catalogue.get', { code: seed.items[0]!.code }, w)).name).toBe(seed.items[0]!.name);
  });
});
