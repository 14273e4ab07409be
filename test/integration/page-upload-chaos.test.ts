import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsBlobStore } from '../../src/central/pages-store/fs-blob-store';
import { openBackend } from '../../src/main/backend/backend';
import { adminPassword } from '../helpers/test-backend';
import { UploadFaultProxy, type SeenPatch } from '../helpers/upload-fault-proxy';
import { startTestCentre, type TestCentre } from '../unit/central/suite/test-centre';
import { availableTestStores } from '../unit/central/suite/test-stores';

const cases = 4;
const pagesPerCase = 3;
const store = availableTestStores()[0]!;

let centre: TestCentre;
let root: string;
let blobs: FsBlobStore;

beforeAll(async () => {
  await store.warmUp();
  root = mkdtempSync(join(tmpdir(), 'halldesk-upload-chaos-'));
  blobs = new FsBlobStore(join(root, 'blobs'));
  centre = await startTestCentre(store, { pages: { blobs, uploadsDir: join(root, 'uploads') }, logError: () => undefined });
  await centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
}, 120_000);
afterAll(async () => {
  await centre?.close();
  await store.shutdown();
  rmSync(root, { recursive: true, force: true });
}, 60_000);

/** A desk set up and enrolled at the centre, then pointed at the proxy (as the sync chaos test does). */
async function prepareDesk(proxyUrl: string): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'halldesk-upload-chaos-desk-'));
  const backend = openBackend({ dataDir, startSync: false, logger: { error: () => undefined } });
  const call = async (channel: string, input: unknown) => {
    const result = await backend.dispatch({ channel, input, sessionKey: 'setup' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  };
  await call('setup.initialize', {
    hallName: '江川市政务服务中心',
    hallCode: 'JC',
    deskNo: '03',
    admin: { staffNo: 'A001', name: '王管理', password: adminPassword },
  });
  const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
  await call('sync.enrol', { centralUrl: centre.url, enrolmentCode });
  await backend.closeAsync();
  const db = new Database(join(dataDir, 'halldesk.sqlite3'));
  db.prepare("UPDATE settings SET value = ? WHERE key = 'sync.centralUrl'").run(proxyUrl);
  db.close();
  return dataDir;
}

function runDesk(dataDir: string): { done: Promise<string>; kill(): void } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/helpers/page-upload-desk-worker.ts', dataDir, String(cases), String(pagesPerCase)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let last = '';
  createInterface({ input: child.stdout }).on('line', (line) => (last = line));
  return {
    done: new Promise((resolve) => child.once('exit', (code, signal) => resolve(`${code ?? signal}: ${last}`))),
    kill: () => child.kill('SIGKILL'),
  };
}

function deskPages(dataDir: string) {
  const db = new Database(join(dataDir, 'halldesk.sqlite3'), { readonly: true });
  const hashes = (db.prepare('SELECT DISTINCT sha256 FROM material_pages ORDER BY sha256').all() as { sha256: string }[]).map(
    (r) => r.sha256,
  );
  const states = db.prepare('SELECT state, count(*) AS n FROM page_uploads GROUP BY state').all();
  db.close();
  return { hashes, states };
}

function storedBlobs(): string[] {
  const dir = join(root, 'blobs');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

describe('page uploads through a bad link and a killed desk', () => {
  it('brings every page to the centre once, byte-identical, resuming a partial upload rather than restarting it', async () => {
    const proxy = new UploadFaultProxy(centre.url, 20261203, { drop: 0.08, cut: 0.25, loseAnswer: 0.08 });
    const proxyUrl = await proxy.listen();
    const dataDir = await prepareDesk(proxyUrl);
    try {
      // Run 1: the desk is SIGKILLed while a PATCH is half through the link.
      let killedOn: SeenPatch | null = null;
      const first = runDesk(dataDir);
      proxy.onCut = async (patch) => {
        if (killedOn !== null) return;
        killedOn = { ...patch };
        first.kill();
        await first.done;
      };
      expect(await first.done).toMatch(/^SIGKILL/);
      expect(killedOn).not.toBeNull();
      const cut = killedOn as unknown as SeenPatch;

      // Run 2: the same desk again, through the same faults, until it says everything went.
      proxy.onCut = null;
      expect(await runDesk(dataDir).done).toMatch(/^0: DONE/);

      const desk = deskPages(dataDir);
      expect(desk.hashes).toHaveLength(cases * pagesPerCase);
      expect(desk.states).toEqual([{ state: 'done', n: cases * pagesPerCase }]);
      // Every page once, byte-identical: the store holds exactly the desk's pages, each file hashing to its name.
      expect(storedBlobs()).toEqual(desk.hashes);
      for (const hash of desk.hashes) {
        expect(
          createHash('sha256')
            .update(readFileSync(blobs.pathOf(hash)))
            .digest('hex'),
        ).toBe(hash);
      }
      // The upload the kill interrupted went on from where the centre's bytes ended, on the same upload.
      const afterKill = proxy.patches.slice(proxy.patches.findIndex((p) => p.path === cut.path && p.outcome === 'cut') + 1);
      const resumed = afterKill.find((p) => p.path === cut.path);
      expect(resumed?.offset).toBeGreaterThan(0);
      expect(proxy.patches.some((p) => p.outcome === 'cut')).toBe(true);
    } finally {
      await proxy.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
