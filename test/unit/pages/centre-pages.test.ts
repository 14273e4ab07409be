import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FsBlobStore } from '../../../src/central/pages-store/fs-blob-store';
import { mayReadCasePage } from '../../../src/central/pages-store/may-read-case-page';
import type { CentreUser } from '../../../src/central/accounts/centre-user';
import { ByteRateLimiter } from '../../../src/main/sync/page-upload/byte-rate-limiter';
import { PageUploadError, uploadOnePage } from '../../../src/main/sync/page-upload/upload-one-page';
import { sendCaseWithPages } from '../central/suite/case-with-pages';
import { api, createHall, enrolNewDesk, type EnrolledDesk } from '../central/suite/desk-fixtures';
import { centreHookTimeout, startTestCentre, testAdminToken, type TestCentre } from '../central/suite/test-centre';
import { availableTestStores } from '../central/suite/test-stores';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

let centre: TestCentre;
let root: string;
let blobs: FsBlobStore;
let jc: EnrolledDesk;
let other: EnrolledDesk;

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const page = Buffer.alloc(300_000, 7).fill(42, 1000, 2000);
const pageHash = sha(page);
const noLimit = new ByteRateLimiter(() => 0);
const hooks = { onUrl: () => undefined, onChunk: () => undefined };

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'halldesk-centre-pages-'));
  blobs = new FsBlobStore(join(root, 'blobs'));
  centre = await startTestCentre(store, { pages: { blobs, uploadsDir: join(root, 'uploads') } });
  await createHall(centre, 'JC');
  await createHall(centre, 'HX');
  jc = await enrolNewDesk(centre, 'JC', '03');
  other = await enrolNewDesk(centre, 'HX', '01');
  await sendCaseWithPages(centre, jc, 'JC-03-2026-000001', [{ sha256: pageHash, size: page.length }]);
}, centreHookTimeout);
afterEach(async () => {
  await centre.close();
  rmSync(root, { recursive: true, force: true });
}, centreHookTimeout);

const upload = (desk: EnrolledDesk, bytes: Buffer, sha256 = pageHash) =>
  uploadOnePage(
    centre.url,
    `${desk.deskId}.${desk.credential}`,
    { sha256, mime: 'image/jpeg', caseNo: 'JC-03-2026-000001', bytes, uploadUrl: null },
    noLimit,
    64 * 1024,
    hooks,
  );

describe('the centre’s pages', () => {
  it('says which pages it lacks, stores an upload only after its hash checks, and serves it to the hall’s desk', async () => {
    expect((await api(centre, '/v1/pages/missing', { body: { hashes: [pageHash] }, auth: jc.auth })).json.value).toEqual({
      missing: [pageHash],
    });
    await upload(jc, page);
    expect(await blobs.size(pageHash)).toBe(page.length);
    expect((await api(centre, '/v1/pages/missing', { body: { hashes: [pageHash] }, auth: jc.auth })).json.value).toEqual({ missing: [] });
    const read = await fetch(`${centre.url}/v1/pages/${pageHash}`, { headers: { authorization: jc.auth } });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('image/jpeg');
    expect(sha(Buffer.from(await read.arrayBuffer()))).toBe(pageHash);
    // Nothing of the finished upload is left in the tus folder.
    expect(readdirSync(join(root, 'uploads'))).toEqual([]);
  });

  it('discards an upload whose bytes do not hash to the declared sha256 and tells the desk', async () => {
    const altered = Buffer.from(page);
    altered[5] = 1;
    const refused = await upload(jc, altered).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PageUploadError);
    expect(refused).toMatchObject({ kind: 'hash-refused', status: 422 });
    expect(await blobs.has(pageHash)).toBe(false);
    expect(readdirSync(join(root, 'uploads'))).toEqual([]);
  });

  it('refuses an upload no case of the desk’s hall refers to', async () => {
    await expect(upload(other, page)).rejects.toMatchObject({ kind: 'refused', status: 400 });
    expect(await blobs.has(pageHash)).toBe(false);
  });

  it('serves a page only to those allowed to see a case that refers to it', async () => {
    await upload(jc, page);
    const status = async (headers: Record<string, string>) => (await fetch(`${centre.url}/v1/pages/${pageHash}`, { headers })).status;
    expect(await status({})).toBe(401);
    expect(await status({ authorization: other.auth })).toBe(404);
    expect(await status({ authorization: `Bearer ${testAdminToken}` })).toBe(200);
    expect(await status({ authorization: 'Bearer not-a-desk' })).toBe(401);
    // Which pages the centre has is told to desks only, and asked before any body is read.
    expect((await api(centre, '/v1/pages/missing', { body: { hashes: [pageHash] } })).status).toBe(401);
  });
});

describe('mayReadCasePage', () => {
  const refs = [{ hallCode: 'JC', caseNo: 'JC-03-2026-000001', mime: 'image/jpeg' }];
  const user = (role: CentreUser['role'], hallCode: string | null = null): CentreUser => ({
    accountId: 'a',
    staffNo: 'S1',
    name: '测试',
    role,
    hallCode,
    department: null,
  });
  const may = (reader: Parameters<typeof mayReadCasePage>[1], references = refs) => mayReadCasePage(centre.sql, reader, references);

  it('lets the centre administrator and the inspector read any hall’s page, a hall administrator only their own', async () => {
    expect(await may({ kind: 'centre-user', user: user('centre-admin') })).toBe(true);
    expect(await may({ kind: 'centre-user', user: user('inspector') })).toBe(true);
    expect(await may({ kind: 'centre-user', user: user('hall-admin', 'JC') })).toBe(true);
    expect(await may({ kind: 'centre-user', user: user('hall-admin', 'HX') })).toBe(false);
    expect(await may({ kind: 'centre-user', user: user('department-reviewer') })).toBe(false);
    expect(await may({ kind: 'desk', hallCode: 'JC' })).toBe(true);
    expect(await may({ kind: 'admin-token' }, [])).toBe(false);
  });
});
