import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FsBlobStore } from '../../../src/central/pages-store/fs-blob-store';
import { ByteRateLimiter } from '../../../src/main/sync/page-upload/byte-rate-limiter';
import { formatBytes } from '../../../src/shared/text/format-bytes';
import { registerCaseWithPages, type DeskCall } from '../../helpers/page-upload-fixtures';
import { openBackend } from '../../../src/main/backend/backend';
import type { SyncStatus } from '../../../src/shared/contract/sync-endpoints';
import { adminPassword, openTestDesk, setUpDesk, silentLogger, type TestDesk } from '../../helpers/test-backend';
import { UploadFaultProxy } from '../../helpers/upload-fault-proxy';
import { centreHookTimeout, startTestCentre, testAdminToken, type TestCentre } from '../central/suite/test-centre';
import { availableTestStores } from '../central/suite/test-stores';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

let centre: TestCentre;
let root: string;
let blobs: FsBlobStore;
let desk: TestDesk;
let proxy: UploadFaultProxy;
const w = 'admin-window';

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'halldesk-desk-upload-'));
  blobs = new FsBlobStore(join(root, 'blobs'));
  centre = await startTestCentre(store, { pages: { blobs, uploadsDir: join(root, 'uploads') } });
  await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  proxy = new UploadFaultProxy(centre.url, 7);
  desk = openTestDesk();
  await setUpDesk(desk, w);
}, centreHookTimeout);
afterEach(async () => {
  desk.close();
  await proxy.close();
  await centre.close();
  rmSync(root, { recursive: true, force: true });
}, centreHookTimeout);

const call: DeskCall = (channel, input) => desk.call(channel as never, input as never, w) as never;

async function enrol() {
  const proxyUrl = await proxy.listen();
  const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
  return desk.call('sync.enrol', { centralUrl: proxyUrl, enrolmentCode }, w);
}

function deskRows<T>(sql: string): T[] {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

const pageHashes = () => deskRows<{ sha256: string; size: number }>('SELECT DISTINCT sha256, size FROM material_pages ORDER BY sha256');
const queued = () =>
  deskRows<{ sha256: string; state: string; bytes_sent: number }>('SELECT sha256, state, bytes_sent FROM page_uploads ORDER BY sha256');

async function allSent() {
  await vi.waitFor(async () => expect((await desk.call('sync.now', {}, w)).pages?.pagesPending).toBe(0), {
    timeout: 30_000,
    interval: 100,
  });
}

describe('sending pages on', () => {
  it('queues a case’s pages only once the centre acknowledged its event, then uploads each once, byte-identical', async () => {
    await registerCaseWithPages(call, 3);
    await registerCaseWithPages(call, 2);
    expect(queued()).toEqual([]);
    const pages = pageHashes();
    expect(pages).toHaveLength(5);
    await enrol();
    await allSent();
    expect(queued().map((q) => q.sha256)).toEqual(pages.map((p) => p.sha256));
    const status = await desk.call('sync.status', {}, w);
    expect(status.pages).toEqual({ pagesPending: 0, bytesPending: 0, bytesSent: pages.reduce((n, p) => n + p.size, 0), pagesFailed: 0 });
    for (const { sha256 } of pages) {
      const read = await fetch(`${centre.url}/v1/pages/${sha256}`, { headers: { authorization: `Bearer ${testAdminToken}` } });
      expect(
        createHash('sha256')
          .update(Buffer.from(await read.arrayBuffer()))
          .digest('hex'),
      ).toBe(sha256);
    }
    // Each page went in one creation: nothing was sent twice.
    expect(new Set(proxy.patches.map((p) => p.path)).size).toBe(5);
  });

  it('skips the pages the centre already has (it says which it lacks)', async () => {
    await registerCaseWithPages(call, 2);
    await enrol();
    await allSent();
    const patches = proxy.patches.length;
    const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
    db.prepare("UPDATE page_uploads SET state = 'pending', bytes_sent = 0").run();
    db.close();
    await allSent();
    expect(proxy.patches.length).toBe(patches);
    expect(queued().map((q) => [q.state, q.bytes_sent])).toEqual([
      ['done', 0],
      ['done', 0],
    ]);
  });

  it('keeps at most the desk’s in-flight setting of uploads on the way', async () => {
    await desk.call('pageUpload.updateSettings', { maxInFlight: 2, maxKibPerSecond: 0 }, w);
    for (let i = 0; i < 3; i += 1) await registerCaseWithPages(call, 2);
    await enrol();
    await allSent();
    expect(proxy.maxInFlight).toBe(2);
    expect(new Set(proxy.patches.map((p) => p.path)).size).toBe(6);
  });
});

describe('a page the centre took to the last byte but did not keep', () => {
  it('is sent again, and counted as sent only once the centre has it', async () => {
    // The centre fails to store the finished upload once (a full disk, a stop while hashing): the
    // desk's retry then finds every byte there (HEAD offset = size) and tus calls that a success.
    const put = blobs.putVerifiedFile.bind(blobs);
    let failures = 1;
    vi.spyOn(blobs, 'putVerifiedFile').mockImplementation(async (sha256, file) => {
      if (failures-- > 0) throw new Error('磁盘已满');
      return put(sha256, file);
    });
    await registerCaseWithPages(call, 1);
    await enrol();
    await allSent();
    const [page] = pageHashes();
    expect(await blobs.has(page!.sha256)).toBe(true);
    expect(queued()).toEqual([{ sha256: page!.sha256, state: 'done', bytes_sent: page!.size }]);
  }, 60_000);
});

describe('closing the desk mid-upload', () => {
  it('stops at once and resumes the same upload when the desk opens again', async () => {
    // 1 KB/s: the first 16 KB chunk goes at once, the next would wait 16 s.
    await desk.call('pageUpload.updateSettings', { maxInFlight: 1, maxKibPerSecond: 1 }, w);
    await registerCaseWithPages(call, 1);
    await enrol();
    await vi.waitFor(() => expect(queued()[0]?.bytes_sent).toBeGreaterThan(0), { timeout: 20_000, interval: 50 });
    await desk.backend.closeAsync();

    const reopened = openBackend({ dataDir: desk.dataDir, clock: desk.clock, logger: silentLogger, startSync: false });
    const again = async <T>(channel: string, input: unknown) => {
      const result = await reopened.dispatch({ channel, input, sessionKey: w });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    };
    try {
      await again('auth.login', { staffNo: 'A001', password: adminPassword });
      await again('pageUpload.updateSettings', { maxInFlight: 1, maxKibPerSecond: 0 });
      await vi.waitFor(async () => expect((await again<SyncStatus>('sync.now', {})).pages?.pagesPending).toBe(0), {
        timeout: 30_000,
        interval: 100,
      });
    } finally {
      await reopened.closeAsync();
    }
    const [first, ...later] = proxy.patches;
    expect(first?.offset).toBe(0);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((p) => p.path === first?.path && p.offset > 0)).toBe(true);
  }, 60_000);
});

describe('the bandwidth cap', () => {
  it('releases chunks no faster than the cap allows, across uploads', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = new ByteRateLimiter(
      () => 1000,
      () => now,
      async (ms) => {
        waits.push(ms);
      },
    );
    await limiter.take(500);
    await limiter.take(1000);
    await limiter.take(500);
    now = 5000;
    await limiter.take(100);
    expect(waits).toEqual([500, 1500]);
  });
});

describe('formatBytes', () => {
  it('shows bytes, KB and MB as the sync panel does', () => {
    expect([0, 1023, 1536, 5 * 1024 * 1024 + 200_000].map(formatBytes)).toEqual(['0 B', '1023 B', '1.5 KB', '5.2 MB']);
  });
});
