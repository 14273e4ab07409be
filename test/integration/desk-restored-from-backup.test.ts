import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../unit/central/suite/test-centre';
import { availableTestStores } from '../unit/central/suite/test-stores';
import { person, receiptsFor, registration, socialCardItem } from '../helpers/intake-fixtures';
import { adminPassword, openTestDesk, reopenTestDesk, setUpDesk, type TestDesk } from '../helpers/test-backend';

const store = availableTestStores()[0]!;
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

async function registerCase(on: TestDesk): Promise<string> {
  const { materials } = await receiptsFor(on, [socialCardItem], w);
  const detail = await on.call(
    'cases.register',
    registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
    w,
  );
  return detail.caseNo;
}

/** The outbox as the desk holds it: (seq, event id) in order. */
function outboxEvents(): { seq: number; event_id: string }[] {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  const rows = db.prepare('SELECT seq, event_id FROM outbox ORDER BY seq').all() as { seq: number; event_id: string }[];
  db.close();
  return rows;
}

/** The SHA-256 of the case's latest outbox payload: its content as the centre must hold it. */
function latestPayloadHash(caseNo: string): string {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  const row = db.prepare("SELECT payload FROM outbox WHERE entity = 'case' AND entity_id = ? ORDER BY seq DESC LIMIT 1").get(caseNo) as {
    payload: string;
  };
  db.close();
  return createHash('sha256').update(row.payload, 'utf8').digest('hex');
}

/** Puts the backup in place of the store with the desk closed (README: restoring), and starts the desk again. */
function restore(backupFile: string): void {
  desk.backend.close();
  const file = join(desk.dataDir, 'halldesk.sqlite3');
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  copyFileSync(backupFile, file);
  desk = reopenTestDesk(desk);
}

describe('a desk restored from an old backup', () => {
  it('numbers its new events above what the centre holds from its window: the new case reaches the centre, nothing twice', async () => {
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
    await registerCase(desk);
    await registerCase(desk);
    // A waiting event in the backup: the desk sends it after the backup, the restored desk again.
    const backupFile = join(desk.dataDir, 'backup.sqlite3');
    const live = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
    await live.backup(backupFile);
    live.close();
    await desk.call('sync.now', {}, w);
    for (let i = 0; i < 3; i += 1) await registerCase(desk);
    expect(await desk.call('sync.now', {}, w)).toMatchObject({ pending: 0, rejected: 0, error: null });

    restore(backupFile);
    await desk.call('auth.login', { staffNo: 'A001', password: adminPassword }, w);
    const restoredCase = await registerCase(desk);
    const status = await desk.call('sync.now', {}, w);
    expect(status).toMatchObject({ pending: 0, rejected: 0, error: null });

    const ledger = await centre.sql.query<{ seq: number; event_id: string }>(
      'SELECT seq, event_id::text AS event_id FROM received_events ORDER BY seq',
    );
    const byId = new Map<string, number>();
    for (const row of ledger) byId.set(row.event_id, (byId.get(row.event_id) ?? 0) + 1);
    expect([...byId.values()].every((n) => n === 1)).toBe(true);
    // Every event the restored desk holds is at the centre under its own seq: the new case too.
    const held = new Map(ledger.map((row) => [row.seq, row.event_id]));
    for (const event of outboxEvents()) expect(held.get(event.seq)).toBe(event.event_id);
    const [atCentre] = await centre.sql.query<{ content_hash: string }>('SELECT content_hash FROM cases WHERE case_no = $1', [
      restoredCase,
    ]);
    expect(atCentre?.content_hash).toBe(latestPayloadHash(restoredCase));
  });
});
