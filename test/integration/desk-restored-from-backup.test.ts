import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reRegistrationReason } from '../../src/central/sync/re-registration';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../unit/central/suite/test-centre';
import { availableTestStores } from '../unit/central/suite/test-stores';
import { person, receiptsFor, registration, socialCardItem } from '../helpers/intake-fixtures';
import { noBrowserRenderer } from '../helpers/no-browser-renderer';
import { adminPassword, openTestDesk, reopenTestDesk, setUpDesk, type TestDesk } from '../helpers/test-backend';
import { openProject } from '../unit/projects/project-fixtures';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

let centre: TestCentre;
let desk: TestDesk;
const w = 'admin-window';

beforeEach(async () => {
  centre = await startTestCentre(store);
  await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  desk = openTestDesk({ pdfRenderer: noBrowserRenderer });
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
  desk = reopenTestDesk(desk, { pdfRenderer: noBrowserRenderer });
}

/** Every case at the centre: number and content hash. */
async function casesAtCentre(): Promise<Map<string, string>> {
  const rows = await centre.sql.query<{ case_no: string; content_hash: string }>('SELECT case_no, content_hash FROM cases');
  return new Map(rows.map((row) => [row.case_no, row.content_hash]));
}

/**
 * The desk registers two cases and is backed up with their events waiting; it then sends them
 * (the restored desk will send them again), registers three more and sends everything. Returns
 * the backup and the five numbers the window used.
 */
async function useWindowPastBackup(): Promise<{ backupFile: string; used: string[] }> {
  const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
  await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
  const used = [await registerCase(desk), await registerCase(desk)];
  const backupFile = join(desk.dataDir, 'backup.sqlite3');
  const live = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  await live.backup(backupFile);
  live.close();
  await desk.call('sync.now', {}, w);
  for (let i = 0; i < 3; i += 1) used.push(await registerCase(desk));
  expect(await desk.call('sync.now', {}, w)).toMatchObject({ pending: 0, rejected: 0, error: null });
  return { backupFile, used };
}

/** Every event the restored desk holds is at the centre under its own seq, each once; `except` were refused. */
async function expectOutboxAtCentre(except: readonly string[] = []): Promise<void> {
  const ledger = await centre.sql.query<{ seq: number; event_id: string }>(
    'SELECT seq, event_id::text AS event_id FROM received_events ORDER BY seq',
  );
  const byId = new Map<string, number>();
  for (const row of ledger) byId.set(row.event_id, (byId.get(row.event_id) ?? 0) + 1);
  expect([...byId.values()].every((n) => n === 1)).toBe(true);
  const held = new Map(ledger.map((row) => [row.seq, row.event_id]));
  for (const event of outboxEvents().filter((e) => !except.includes(e.event_id))) expect(held.get(event.seq)).toBe(event.event_id);
}

/** Points the desk's store at another centre address (the desk closed), as if the network were down or back. */
function pointDeskAt(file: string, url: string): void {
  const db = new Database(file);
  db.prepare("UPDATE settings SET value = ? WHERE key = 'sync.centralUrl'").run(url);
  db.close();
}

function eventIdsOfCase(caseNo: string): string[] {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  const ids = db.prepare("SELECT event_id FROM outbox WHERE entity = 'case' AND entity_id = ?").pluck().all(caseNo) as string[];
  db.close();
  return ids;
}

describe('a desk restored from an old backup', () => {
  it('online at its start: numbers its new events and its new case above what its window used', async () => {
    const { backupFile, used } = await useWindowPastBackup();
    const before = await casesAtCentre();

    restore(backupFile);
    await desk.call('auth.login', { staffNo: 'A001', password: adminPassword }, w);
    await desk.call('sync.now', {}, w);
    const restoredCase = await registerCase(desk);
    expect(used).not.toContain(restoredCase);
    expect(restoredCase).toBe('JC-03-2026-000006');
    expect(await desk.call('sync.now', {}, w)).toMatchObject({ pending: 0, rejected: 0, error: null });

    await expectOutboxAtCentre();
    const after = await casesAtCentre();
    expect(after.get(restoredCase)).toBe(latestPayloadHash(restoredCase));
    for (const caseNo of used) expect(after.get(caseNo)).toBe(before.get(caseNo));
  });

  it('a number it issued again before it could reach the centre is refused there; the earlier case stays, the next number is new', async () => {
    const { backupFile, used } = await useWindowPastBackup();
    const before = await casesAtCentre();

    // The restored desk starts with the centre out of reach, and a clerk registers a case.
    pointDeskAt(backupFile, 'http://127.0.0.1:9');
    restore(backupFile);
    await desk.call('auth.login', { staffNo: 'A001', password: adminPassword }, w);
    const reissued = await registerCase(desk);
    expect(reissued).toBe(used[2]);
    desk.backend.close();
    pointDeskAt(join(desk.dataDir, 'halldesk.sqlite3'), centre.url);
    desk = reopenTestDesk(desk, { pdfRenderer: noBrowserRenderer });
    await desk.call('auth.login', { staffNo: 'A001', password: adminPassword }, w);
    const status = await desk.call('sync.now', {}, w);
    expect(status).toMatchObject({ pending: 0, rejected: 1, error: null });
    const reasons = await centre.sql.query<{ reason: string }>('SELECT reason FROM rejected_events');
    expect(reasons.map((r) => r.reason)).toEqual([reRegistrationReason]);
    // The earlier case with that number is not overwritten.
    for (const caseNo of used) expect((await casesAtCentre()).get(caseNo)).toBe(before.get(caseNo));

    const next = await registerCase(desk);
    expect(used).not.toContain(next);
    expect(await desk.call('sync.now', {}, w)).toMatchObject({ pending: 0, rejected: 1, error: null });
    await expectOutboxAtCentre(eventIdsOfCase(reissued));
    const after = await casesAtCentre();
    expect(after.get(next)).toBe(latestPayloadHash(next));
    for (const caseNo of used) expect(after.get(caseNo)).toBe(before.get(caseNo));
  });

  it('online at its start: prints its next document and opens its next project under numbers its window never used', async () => {
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
    const agent = await desk.call('users.create', { staffNo: 'D001', name: '赵代办', role: 'agent', password: 'Passw0rd2026' }, w);
    const printed = [await registerCase(desk), await registerCase(desk)];
    const backupFile = join(desk.dataDir, 'backup.sqlite3');
    const live = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
    await live.backup(backupFile);
    live.close();
    // After the backup: two notices printed and a project opened, all sent to the centre.
    const usedDocNos: string[] = [];
    for (const caseNo of printed) usedDocNos.push((await desk.call('print.issue', { caseNo, docType: 'acceptance-notice' }, w)).docNo);
    const usedProjectNo = await openProject(desk, 'industrial', agent.id, w);
    expect(await desk.call('sync.now', {}, w)).toMatchObject({ pending: 0, rejected: 0, error: null });

    restore(backupFile);
    await desk.call('auth.login', { staffNo: 'A001', password: adminPassword }, w);
    await desk.call('sync.now', {}, w);
    const next = await desk.call('print.issue', { caseNo: await registerCase(desk), docType: 'acceptance-notice' }, w);
    expect(usedDocNos).not.toContain(next.docNo);
    expect(next.docNo).toBe('JC受字〔2026〕第03-000003号');
    const projectNo = await openProject(desk, 'industrial', agent.id, w);
    expect(projectNo).not.toBe(usedProjectNo);
    expect(projectNo).toBe('JC-03-XM2026-0002');
    expect(await desk.call('sync.now', {}, w)).toMatchObject({ pending: 0, rejected: 0, error: null });
    await expectOutboxAtCentre();
  });
});
