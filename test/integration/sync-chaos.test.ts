import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { httpAdminActions } from '../../src/central/cli/http-admin-client';
import { openPgliteSql } from '../../src/central/db/pglite-sql';
import { openPostgresSql } from '../../src/central/db/postgres-sql';
import type { Sql } from '../../src/central/db/sql';
import { openBackend } from '../../src/main/backend/backend';
import { canonicalJson } from '../../src/shared/sync/canonical-json';
import { centreAdminToken, startCentreProcess, type CentreProcess } from '../helpers/centre-process';
import { FaultProxy } from '../helpers/fault-proxy';
import { adminPassword } from '../helpers/test-backend';
import { freshSchemaName } from '../unit/central/suite/test-stores';

const desks = 3;
const casesPerDesk = 24;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function prepareDesk(deskNo: string, centreUrl: string, enrolmentCode: string, proxyUrl: string): Promise<string> {
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
  db.close();
  return dataDir;
}

/** Runs a desk process; `killOnBatch` SIGKILLs it when its proxy sees that many batches. */
function runDesk(dataDir: string): { done: Promise<string>; kill(): void } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/sync-desk-worker.ts', dataDir, String(casesPerDesk)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let last = '';
  createInterface({ input: child.stdout }).on('line', (line) => (last = line));
  return {
    done: new Promise((resolve) => child.once('exit', (code, signal) => resolve(`${code ?? signal}: ${last}`))),
    kill: () => child.kill('SIGKILL'),
  };
}

function deskState(dataDir: string) {
  const db = new Database(join(dataDir, 'halldesk.sqlite3'), { readonly: true });
  const cases = db.prepare('SELECT case_no FROM cases').all() as { case_no: string }[];
  const payloads = db.prepare("SELECT entity_id, payload FROM outbox WHERE entity = 'case' ORDER BY seq").all() as {
    entity_id: string;
    payload: string;
  }[];
  const unsent = (db.prepare('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL').get() as { n: number }).n;
  const events = db.prepare('SELECT seq, event_id FROM outbox ORDER BY seq').all() as { seq: number; event_id: string }[];
  db.close();
  const hashes = new Map(
    payloads.map((p) => [
      p.entity_id,
      createHash('sha256')
        .update(canonicalJson(JSON.parse(p.payload)))
        .digest('hex'),
    ]),
  );
  return { cases: cases.map((c) => c.case_no), hashes, unsent, events };
}

/** The centre's store: PGlite in a folder always; a PostgreSQL server (a schema of its own) when CENTRAL_TEST_DATABASE_URL is set. */
interface ChaosStore {
  name: string;
  databaseUrl: string;
  open(centreDir: string): Promise<Sql>;
  cleanUp(): Promise<void>;
}

function chaosStores(): ChaosStore[] {
  const pglite: ChaosStore = {
    name: 'PGlite',
    databaseUrl: '',
    open: (centreDir) => openPgliteSql({ dataDir: centreDir }),
    cleanUp: async () => undefined,
  };
  const url = process.env.CENTRAL_TEST_DATABASE_URL?.trim();
  if (!url) return [pglite];
  const schema = freshSchemaName();
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  const server: ChaosStore = {
    name: 'PostgreSQL server',
    databaseUrl: withSchema.toString(),
    open: () => openPostgresSql({ connectionString: url, schema }),
    cleanUp: async () => {
      const admin = await openPostgresSql({ connectionString: url });
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => admin.close());
    },
  };
  return [pglite, server];
}

describe.each(chaosStores())('sync chaos on $name', (store) => {
  it('every event from every desk reaches the centre exactly once, every case identical, through drops, duplicates, kills and a centre restart', async () => {
    const centreDir = mkdtempSync(join(tmpdir(), 'halldesk-chaos-centre-'));
    const port = await freePort();
    if (store.databaseUrl !== '') await (await store.open(centreDir)).close();
    let centre: CentreProcess = await startCentreProcess(centreDir, port, store.databaseUrl);
    const admin = httpAdminActions(centre.url, centreAdminToken);
    await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });

    const proxies: FaultProxy[] = [];
    const dataDirs: string[] = [];
    for (let k = 1; k <= desks; k += 1) {
      const proxy = new FaultProxy(centre.url, 1000 + k);
      const proxyUrl = await proxy.listen();
      const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: `0${k}`, validDays: 7 });
      dataDirs.push(await prepareDesk(`0${k}`, centre.url, enrolmentCode, proxyUrl));
      proxies.push(proxy);
    }

    // Desk 1 is killed on its 2nd batch and desk 2 on its 4th, both mid-request; each restarts.
    // The centre restarts when desk 3 sends its 3rd batch.
    const runs = dataDirs.map((dir) => runDesk(dir));
    const killed = [false, false, false];
    const batches = [0, 0, 0];
    let restarted: Promise<void> = Promise.resolve();
    proxies.forEach((proxy, index) => {
      proxy.onBatch = () => {
        batches[index]! += 1;
        if (index < 2 && !killed[index] && batches[index] === (index === 0 ? 2 : 4)) {
          killed[index] = true;
          runs[index]!.kill();
        }
        if (index === 2 && batches[index] === 3) {
          restarted = centre.stop().then(async () => {
            centre = await startCentreProcess(centreDir, port, store.databaseUrl);
          });
        }
      };
    });
    const firstEnds = await Promise.all(runs.map((run) => run.done));
    const again = dataDirs.map((dir, index) => (killed[index] ? runDesk(dir).done : Promise.resolve(firstEnds[index]!)));
    const ends = await Promise.all(again);
    await restarted;
    expect(killed).toEqual([true, true, false]);
    expect(ends.every((end) => end.includes(`DONE ${casesPerDesk} pending=0`))).toBe(true);

    await centre.stop();
    await Promise.all(proxies.map((p) => p.close()));
    const sql = await store.open(centreDir);
    const centreCases = new Map(
      (await sql.query<{ case_no: string; content_hash: string }>('SELECT case_no, content_hash FROM cases')).map((r) => [
        r.case_no,
        r.content_hash,
      ]),
    );
    const duplicates = await sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM (SELECT event_id FROM received_events GROUP BY event_id HAVING count(*) > 1) d',
    );
    const ledger = await sql.query<{ desk_no: string; seq: number; event_id: string }>(
      'SELECT d.desk_no, e.seq, e.event_id::text AS event_id FROM received_events e JOIN desks d ON d.id = e.desk_id ORDER BY d.desk_no, e.seq',
    );
    await sql.close();
    await store.cleanUp();

    let compared = 0;
    for (const [index, dir] of dataDirs.entries()) {
      const desk = deskState(dir);
      // Every outbox event of every desk, exactly once, under its own seq (a check that fails on a lost or doubled event).
      const received = ledger.filter((e) => e.desk_no === `0${index + 1}`).map((e) => [e.seq, e.event_id]);
      expect(received).toEqual(desk.events.map((e) => [e.seq, e.event_id]));
      expect(desk.unsent).toBe(0);
      expect(desk.cases).toHaveLength(casesPerDesk);
      for (const caseNo of desk.cases) {
        expect(centreCases.get(caseNo)).toBe(desk.hashes.get(caseNo));
        compared += 1;
      }
    }
    expect(centreCases.size).toBe(compared);
    expect(duplicates[0]!.n).toBe(0);
    const faults: Record<string, number> = {};
    for (const proxy of proxies) for (const [fault, n] of Object.entries(proxy.counts)) faults[fault] = (faults[fault] ?? 0) + n;
    console.log(
      `sync chaos (${store.name}): ${desks} desks, ${compared} cases compared with the centre (hash per case), 2 desks killed mid-batch, centre restarted once, every outbox empty; proxy: ${JSON.stringify(faults)}`,
    );
  }, 240_000);
});
