import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../central/suite/test-centre';
import { availableTestStores } from '../central/suite/test-stores';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { noBrowserRenderer } from '../../helpers/no-browser-renderer';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { openProject } from '../projects/project-fixtures';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

let centre: TestCentre;
let first: TestDesk;
let replacement: TestDesk;
const w = 'admin-window';

beforeEach(async () => {
  centre = await startTestCentre(store);
  await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  first = openTestDesk({ pdfRenderer: noBrowserRenderer });
  replacement = openTestDesk({ pdfRenderer: noBrowserRenderer });
  await setUpDesk(first, w);
  await setUpDesk(replacement, w);
}, centreHookTimeout);
afterEach(async () => {
  vi.restoreAllMocks();
  first.close();
  replacement.close();
  await centre.close();
}, centreHookTimeout);

async function enrol(desk: TestDesk) {
  const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
  return desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
}

/** The first PC of window 03 sends cases, and the departments report on them: the feed has a history. */
async function firstDeskWorks() {
  await enrol(first);
  const { materials } = await receiptsFor(first, [socialCardItem], w);
  for (let i = 0; i < 3; i += 1) {
    await first.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
  }
  await first.call('sync.now', {}, w);
  for (const state of ['in-review', 'approved'] as const) {
    await centre.admin.publishCaseStatus({ caseNo: 'JC-03-2026-000001', state, department: '江川市人力资源和社会保障局', note: '' });
  }
}

async function feedHead(): Promise<number> {
  const rows = await centre.sql.query<{ cursor: number }>("SELECT cursor FROM hall_feed_heads WHERE hall_code = 'JC'");
  return rows[0]!.cursor;
}

async function highWaterSeq(): Promise<number> {
  const rows = await centre.sql.query<{ n: number }>("SELECT max(high_water_seq)::int AS n FROM desks WHERE hall_code = 'JC'");
  return rows[0]!.n;
}

function deskSetting(desk: TestDesk, key: string): string | undefined {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  db.close();
  return row?.value;
}

/** The `since` of every GET /v1/changes the desks make from now on. */
function watchChangesRequests(): number[] {
  const sinces: number[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.pathname === '/v1/changes') sinces.push(Number(url.searchParams.get('since')));
    return realFetch(input, init);
  });
  return sinces;
}

describe('a new or replacement desk starts from the snapshot', () => {
  it("continues the feed from the hall's head, without paging through its history", async () => {
    await firstDeskWorks();
    const head = await feedHead();
    expect(head).toBeGreaterThan(0);
    const sinces = watchChangesRequests();
    await enrol(replacement);
    expect(deskSetting(replacement, 'sync.cursor')).toBe(String(head));
    expect(sinces.length).toBeGreaterThan(0);
    expect(Math.min(...sinces)).toBe(head);
  });

  it("numbers its waiting events above the window's high-water seq, and the centre accepts them", async () => {
    await firstDeskWorks();
    const before = await highWaterSeq();
    const status = await enrol(replacement);
    expect(status).toMatchObject({ pending: 0, rejected: 0, error: null });
    expect(await highWaterSeq()).toBeGreaterThan(before);
  });

  it('numbers its cases above those its window already used', async () => {
    await firstDeskWorks();
    await enrol(replacement);
    const { materials } = await receiptsFor(replacement, [socialCardItem], w);
    const detail = await replacement.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
    expect(detail.caseNo).toBe('JC-03-2026-000004');
  });

  it('prints and opens projects under numbers above those its window already used, per document type', async () => {
    await firstDeskWorks();
    const createAgent = (desk: TestDesk) =>
      desk.call('users.create', { staffNo: 'D001', name: '赵代办', role: 'agent', password: 'Passw0rd2026' }, w);
    const firstAgent = await createAgent(first);
    for (const caseNo of ['JC-03-2026-000001', 'JC-03-2026-000002', 'JC-03-2026-000001']) {
      await first.call('print.issue', { caseNo, docType: 'acceptance-notice' }, w);
    }
    await first.call('print.issue', { caseNo: 'JC-03-2026-000003', docType: 'acceptance-receipt' }, w);
    await openProject(first, 'industrial', firstAgent.id, w);
    expect(await first.call('sync.now', {}, w)).toMatchObject({ pending: 0, rejected: 0, error: null });
    // Window 04 of the same hall has printed and opened more: its numbers are its own.
    const otherWindow = openTestDesk({ pdfRenderer: noBrowserRenderer });
    try {
      await setUpDesk(otherWindow, w, '04');
      const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '04', validDays: 7 });
      await otherWindow.call('sync.enrol', { centralUrl: centre.url, enrolmentCode }, w);
      const { materials: received } = await receiptsFor(otherWindow, [socialCardItem], w);
      for (let i = 0; i < 4; i += 1) {
        const kase = await otherWindow.call(
          'cases.register',
          registration({ itemCodes: [socialCardItem], applicant: person, materials: received, decision: { kind: 'accept' } }),
          w,
        );
        await otherWindow.call('print.issue', { caseNo: kase.caseNo, docType: 'acceptance-notice' }, w);
      }
      const otherAgent = await createAgent(otherWindow);
      for (let i = 0; i < 3; i += 1) await openProject(otherWindow, 'industrial', otherAgent.id, w);
      expect(await otherWindow.call('sync.now', {}, w)).toMatchObject({ pending: 0, rejected: 0, error: null });
    } finally {
      otherWindow.close();
    }

    await enrol(replacement);
    const { materials } = await receiptsFor(replacement, [socialCardItem], w);
    const { caseNo } = await replacement.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
    const notice = await replacement.call('print.issue', { caseNo, docType: 'acceptance-notice' }, w);
    const receipt = await replacement.call('print.issue', { caseNo, docType: 'acceptance-receipt' }, w);
    expect([notice.docNo, receipt.docNo]).toEqual(['JC受字〔2026〕第03-000003号', 'JC回字〔2026〕第03-000002号']);
    expect(await openProject(replacement, 'industrial', (await createAgent(replacement)).id, w)).toBe('JC-03-XM2026-0002');
  });

  it('numbers the events recorded after the snapshot above the high-water seq too', async () => {
    await firstDeskWorks();
    const db = new Database(join(replacement.dataDir, 'halldesk.sqlite3'));
    db.prepare("UPDATE outbox SET sent_at = '2026-03-02T01:00:00.000Z'").run();
    db.close();
    await enrol(replacement);
    await replacement.call('users.create', { staffNo: 'C001', name: '李窗口', role: 'clerk', password: 'Clerk2026pass' }, w);
    const status = await replacement.call('sync.now', {}, w);
    expect(status).toMatchObject({ pending: 0, rejected: 0, error: null });
  });

  it('pages through the cases, and sets the cursor only with the last page: cut off before it, it starts again', async () => {
    await firstDeskWorks();
    const head = await feedHead();
    const { CentralClient, CentralError } = await import('../../../src/main/sync/central-client');
    const { CredentialStore, bearer } = await import('../../../src/main/sync/credential-store');
    const { startFromSnapshot } = await import('../../../src/main/sync/start-from-snapshot');
    const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    const reply = await new CentralClient(centre.url).enrol({ enrolmentCode, hallCode: 'JC', deskNo: '03' });
    new CredentialStore(replacement.dataDir).save({ deskId: reply.deskId, secret: reply.credential });
    const auth = bearer(new CredentialStore(replacement.dataDir).load()!);
    const db = new Database(join(replacement.dataDir, 'halldesk.sqlite3'));
    try {
      const cut = new CentralClient(centre.url);
      let pages = 0;
      const realSnapshot = cut.snapshot.bind(cut);
      cut.snapshot = (credential, after, limit) => {
        pages += 1;
        if (pages === 2) return Promise.reject(new CentralError('网络中断', 'offline'));
        return realSnapshot(credential, after, limit);
      };
      await expect(startFromSnapshot(db, cut, auth, new Date().toISOString(), 1)).rejects.toThrow('网络中断');
      expect(deskSetting(replacement, 'sync.cursor')).toBeUndefined();
      pages = 2;
      await startFromSnapshot(db, cut, auth, new Date().toISOString(), 1);
      expect(pages).toBe(2 + 3); // 3 cases, one a page
      expect(deskSetting(replacement, 'sync.cursor')).toBe(String(head));
    } finally {
      db.close();
    }
  });
});
