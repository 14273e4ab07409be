import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openBackend } from '../../src/main/backend/backend';
import { adminPassword } from './test-backend';

/** The desks of the chaos test, each in its own process (sync-desk-worker.ts) behind its own fault proxy. */

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A desk set up and enrolled directly with the centre, then pointed at its proxy. Its pull cursor
 * is taken away, so its first sync starts from the hall's snapshot, through the faulty link.
 */
export async function prepareDesk(deskNo: string, centreUrl: string, enrolmentCode: string, proxyUrl: string): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `halldesk-chaos-${deskNo}-`));
  const backend = openBackend({ dataDir, startSync: false, logger: { error: () => undefined } });
  const call = async (channel: string, input: unknown) => {
    const result = await backend.dispatch({ channel, input, sessionKey: 'setup' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  };
  await call('setup.initialize', {
    hallName: '江川市政务服务中心',
    hallCode: 'JC',
    deskNo,
    admin: { staffNo: 'A001', name: '王管理', password: adminPassword },
  });
  await call('sync.enrol', { centralUrl: centreUrl, enrolmentCode });
  await backend.closeAsync();
  const db = new Database(join(dataDir, 'halldesk.sqlite3'));
  db.prepare("UPDATE settings SET value = ? WHERE key = 'sync.centralUrl'").run(proxyUrl);
  db.prepare("DELETE FROM settings WHERE key = 'sync.cursor'").run();
  db.close();
  return dataDir;
}

export interface DeskRun {
  /** Its work is done and its outbox empty; it keeps syncing until `releaseFile` exists. */
  idle: Promise<void>;
  /** `<exit code or signal>: <last line printed>` */
  done: Promise<string>;
  kill(): void;
}

/**
 * Runs a desk process that records `total` cases with their lifecycles, syncs until its outbox is
 * empty, and then until `releaseFile` exists and one more sync has pulled everything.
 */
export function runDesk(dataDir: string, total: number, releaseFile: string): DeskRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/sync-desk-worker.ts', dataDir, String(total), releaseFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let last = '';
  let idle: () => void = () => undefined;
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    last = line;
    if (line === 'IDLE') idle();
  });
  return {
    idle: new Promise((resolve) => (idle = resolve)),
    done: new Promise((resolve) => child.once('exit', (code, signal) => resolve(`${code ?? signal}: ${last}`))),
    kill: () => child.kill('SIGKILL'),
  };
}

export interface DeskState {
  cases: string[];
  /** SHA-256 of each case's latest outbox payload, over the stored bytes the centre hashes. */
  hashes: Map<string, string>;
  unsent: number;
  events: { seq: number; event_id: string }[];
  /** The centre's status words about this desk's cases that the desk stored, by cursor. */
  statusCursors: number[];
  /** Lines the centre's words added to each case's history: one per word applied. */
  centreLines: Map<string, number>;
}

export function deskState(dataDir: string, deskNo: string): DeskState {
  const db = new Database(join(dataDir, 'halldesk.sqlite3'), { readonly: true });
  const mine = `JC-${deskNo}-%`;
  const cases = db.prepare('SELECT case_no FROM cases ORDER BY case_no').all() as { case_no: string }[];
  const payloads = db.prepare("SELECT entity_id, payload FROM outbox WHERE entity = 'case' ORDER BY seq").all() as {
    entity_id: string;
    payload: string;
  }[];
  const unsent = (db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
  const events = db.prepare('SELECT seq, event_id FROM outbox ORDER BY seq').all() as { seq: number; event_id: string }[];
  const statuses = db.prepare('SELECT cursor FROM case_status_updates WHERE case_no LIKE ? ORDER BY cursor').all(mine) as {
    cursor: number;
  }[];
  const lines = db
    .prepare("SELECT case_no, count(*) AS n FROM case_events WHERE source = 'centre' AND case_no LIKE ? GROUP BY case_no")
    .all(mine) as { case_no: string; n: number }[];
  db.close();
  return {
    cases: cases.map((c) => c.case_no),
    hashes: new Map(payloads.map((p) => [p.entity_id, createHash('sha256').update(p.payload, 'utf8').digest('hex')])),
    unsent,
    events,
    statusCursors: statuses.map((s) => s.cursor),
    centreLines: new Map(lines.map((l) => [l.case_no, l.n])),
  };
}
