import type { FileStore } from '@tus/file-store';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCentralConfig } from '../../../../src/central/config';
import { FsBlobStore } from '../../../../src/central/pages-store/fs-blob-store';
import {
  defaultUploadExpiryDays,
  expireUnfinishedUploads,
  openUploadsStore,
  scheduleUploadExpiry,
} from '../../../../src/central/pages-store/upload-expiry';
import { ByteRateLimiter } from '../../../../src/main/sync/page-upload/byte-rate-limiter';
import { uploadOnePage, type OnePage } from '../../../../src/main/sync/page-upload/upload-one-page';
import { sendCaseWithPages } from '../suite/case-with-pages';
import { createHall, enrolNewDesk, type EnrolledDesk } from '../suite/desk-fixtures';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../suite/test-centre';
import { availableTestStores } from '../suite/test-stores';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

const dayMs = 24 * 60 * 60 * 1000;
const expiryDays = 14;
const chunkSize = 64 * 1024;
const caseNo = 'JC-03-2026-000001';
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pageOne = Buffer.alloc(300_000, 7).fill(42, 1000, 2000);
const pageTwo = Buffer.alloc(200_000, 9);

let centre: TestCentre;
let root: string;
let uploadsDir: string;
let blobs: FsBlobStore;
let jc: EnrolledDesk;
/** Opened before each test, not in it: a FileStore makes its folder in the background, which must not race the folder's removal after the test. */
let expiringStore: FileStore;
let keepingStore: FileStore;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'halldesk-upload-expiry-'));
  uploadsDir = join(root, 'uploads');
  blobs = new FsBlobStore(join(root, 'blobs'));
  centre = await startTestCentre(store, { pages: { blobs, uploadsDir, uploadExpiryDays: expiryDays } });
  expiringStore = openUploadsStore(uploadsDir, expiryDays);
  keepingStore = openUploadsStore(uploadsDir, 0);
  await createHall(centre, 'JC');
  jc = await enrolNewDesk(centre, 'JC', '03');
  await sendCaseWithPages(centre, jc, caseNo, [
    { sha256: sha(pageOne), size: pageOne.length },
    { sha256: sha(pageTwo), size: pageTwo.length },
  ]);
}, centreHookTimeout);
afterEach(async () => {
  await centre.close();
  rmSync(root, { recursive: true, force: true });
}, centreHookTimeout);

const noLimit = new ByteRateLimiter(() => 0);
const pageOf = (bytes: Buffer, uploadUrl: string | null = null): OnePage => ({
  sha256: sha(bytes),
  mime: 'image/jpeg',
  caseNo,
  bytes,
  uploadUrl,
});

/** The desk uploads the page to the end; resolves with the tus URL it was given. */
async function uploadWhole(bytes: Buffer, uploadUrl: string | null = null): Promise<string> {
  let url = '';
  await uploadOnePage(centre.url, `${jc.deskId}.${jc.credential}`, pageOf(bytes, uploadUrl), noLimit, chunkSize, {
    onUrl: (u) => (url = u),
    onChunk: () => undefined,
  });
  return url;
}

/** The desk sends the first chunk and goes away for good: resolves with the upload's URL. */
async function uploadFirstChunk(bytes: Buffer): Promise<string> {
  const gone = new AbortController();
  let url = '';
  const attempt = uploadOnePage(centre.url, `${jc.deskId}.${jc.credential}`, pageOf(bytes), noLimit, chunkSize, {
    onUrl: (u) => (url = u),
    onChunk: () => gone.abort(),
    signal: gone.signal,
  });
  await expect(attempt).rejects.toMatchObject({ kind: 'offline' });
  return url;
}

const idOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const partOf = (url: string) => join(uploadsDir, idOf(url));
const configOf = (url: string) => join(uploadsDir, `${idOf(url)}.json`);
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs);

/** The upload began `days` ago and nothing was written to it since (its config's creation_date and both files' times). */
function age(url: string, days: number): void {
  const config = JSON.parse(readFileSync(configOf(url), 'utf8')) as Record<string, unknown>;
  writeFileSync(configOf(url), JSON.stringify({ ...config, creation_date: daysAgo(days).toISOString() }));
  for (const path of [partOf(url), configOf(url)]) utimesSync(path, daysAgo(days), daysAgo(days));
}

describe('the expiry of unfinished page uploads', () => {
  it('removes, in one clean-up round, an unfinished upload older than the expiry (file and config) and keeps a younger one', async () => {
    const old = await uploadFirstChunk(pageOne);
    const young = await uploadFirstChunk(pageTwo);
    age(old, expiryDays + 1);
    age(young, expiryDays - 1);

    expect(await expireUnfinishedUploads(expiringStore)).toEqual({ expired: 1, leftovers: 0 });
    expect(existsSync(partOf(old))).toBe(false);
    expect(existsSync(configOf(old))).toBe(false);
    expect(existsSync(partOf(young))).toBe(true);
    expect(existsSync(configOf(young))).toBe(true);
    // The young one is still the desk's to finish.
    expect(await uploadWhole(pageTwo, young)).toBe(young);
    expect(await blobs.size(sha(pageTwo))).toBe(pageTwo.length);
  });

  it('never touches a finished page in the blob store, however old, and removes the config a finished upload left behind', async () => {
    const finished = await uploadWhole(pageOne);
    const blob = blobs.pathOf(sha(pageOne));
    utimesSync(blob, daysAgo(400), daysAgo(400));
    // The centre stopped between moving a finished upload into the blob store and deleting its config.
    writeFileSync(configOf(finished), JSON.stringify({ id: idOf(finished), size: pageOne.length, offset: 0, creation_date: daysAgo(400) }));
    utimesSync(configOf(finished), daysAgo(400), daysAgo(400));

    expect(await expireUnfinishedUploads(expiringStore)).toEqual({ expired: 0, leftovers: 1 });
    expect(readdirSync(uploadsDir)).toEqual([]);
    expect(sha(readFileSync(blob))).toBe(sha(pageOne));
  });

  it('removes what tus does not list (a result file’s temporary copy, a part without config) once untouched for the expiry', async () => {
    const leftOver = join(uploadsDir, 'result-0b7f6c1e-0000-4000-8000-000000000001');
    const inUse = join(uploadsDir, 'result-0b7f6c1e-0000-4000-8000-000000000002');
    const orphanPart = join(uploadsDir, '0123456789abcdef0123456789abcdef');
    for (const path of [leftOver, inUse, orphanPart]) writeFileSync(path, 'x');
    utimesSync(leftOver, daysAgo(expiryDays + 1), daysAgo(expiryDays + 1));
    utimesSync(orphanPart, daysAgo(expiryDays + 1), daysAgo(expiryDays + 1));
    // Not the centre's: left alone, and the round goes on.
    const folder = join(uploadsDir, 'kept-by-an-operator');
    mkdirSync(folder);
    utimesSync(folder, daysAgo(expiryDays + 1), daysAgo(expiryDays + 1));

    expect(await expireUnfinishedUploads(expiringStore)).toEqual({ expired: 0, leftovers: 2 });
    expect(readdirSync(uploadsDir).sort()).toEqual(['kept-by-an-operator', inUse.slice(uploadsDir.length + 1)]);
  });

  it('removes nothing through a store without an expiry', async () => {
    const old = await uploadFirstChunk(pageOne);
    age(old, 400);
    expect(await expireUnfinishedUploads(keepingStore)).toEqual({ expired: 0, leftovers: 0 });
    expect(existsSync(partOf(old))).toBe(true);
    expect(existsSync(configOf(old))).toBe(true);
  });

  it('lets a desk whose upload expired start it again, whether the clean-up has removed it yet (404) or not (410)', async () => {
    const notYetRemoved = await uploadFirstChunk(pageOne);
    age(notYetRemoved, expiryDays + 1);
    expect((await fetch(notYetRemoved, { method: 'HEAD', headers: { authorization: jc.auth, 'tus-resumable': '1.0.0' } })).status).toBe(
      410,
    );
    const restarted = await uploadWhole(pageOne, notYetRemoved);
    expect(restarted).not.toBe(notYetRemoved);
    expect(await blobs.size(sha(pageOne))).toBe(pageOne.length);

    const removed = await uploadFirstChunk(pageTwo);
    age(removed, expiryDays + 1);
    await expireUnfinishedUploads(expiringStore);
    expect((await fetch(removed, { method: 'HEAD', headers: { authorization: jc.auth, 'tus-resumable': '1.0.0' } })).status).toBe(404);
    expect(await uploadWhole(pageTwo, removed)).not.toBe(removed);
    expect(await blobs.size(sha(pageTwo))).toBe(pageTwo.length);
  });

  it('runs a round at once when scheduled and then hourly, says what it removed, and stops', async () => {
    const first = await uploadFirstChunk(pageOne);
    age(first, expiryDays + 1);
    const log = vi.fn();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const stop = scheduleUploadExpiry({ uploadsDir, uploadExpiryDays: expiryDays }, log);
      await vi.waitFor(() =>
        expect(log).toHaveBeenCalledWith(
          expect.stringMatching(/^已清理 1 个超过 14 天未完成的页面上传、0 个遗留的临时文件（\d{4}-\d\d-\d\d \d\d:\d\d 之前开始或写入）$/),
        ),
      );
      expect(existsSync(configOf(first))).toBe(false);
      const leftOver = join(uploadsDir, 'result-0b7f6c1e-0000-4000-8000-000000000003');
      writeFileSync(leftOver, 'x');
      utimesSync(leftOver, daysAgo(expiryDays + 1), daysAgo(expiryDays + 1));
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(60 * 60 * 1000);
      await vi.waitFor(() => expect(log).toHaveBeenLastCalledWith(expect.stringContaining('、1 个遗留的临时文件')));
      expect(existsSync(leftOver)).toBe(false);
      stop();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('CENTRAL_UPLOAD_EXPIRY_DAYS', () => {
  it('is 14 days unless set, and refuses what is not a whole number of days from 1 to 365', () => {
    expect(defaultUploadExpiryDays).toBe(14);
    expect(readCentralConfig({}).uploadExpiryDays).toBe(14);
    expect(readCentralConfig({ CENTRAL_UPLOAD_EXPIRY_DAYS: ' 30 ' }).uploadExpiryDays).toBe(30);
    for (const bad of ['0', '366', '7.5', 'seven'])
      expect(() => readCentralConfig({ CENTRAL_UPLOAD_EXPIRY_DAYS: bad })).toThrow('CENTRAL_UPLOAD_EXPIRY_DAYS');
  });
});
