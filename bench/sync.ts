/**
 * bench/sync (`npm run bench` with BENCH=sync): the whole drain of a desk's backlog to the centre,
 * on loopback (the real desk engine, HTTP, the real centre process), against its raw ceiling: the
 * same rows COPYed into the same tables of the same database (bench/lib/copy-ceiling.ts). For each
 * store (PostgreSQL when CENTRAL_BENCH_DATABASE_URL or CENTRAL_TEST_DATABASE_URL names a server,
 * and PGlite) and each backlog (BENCH_BACKLOGS, default 10000,50000,100000) it prints the drain
 * time and rate, the ceiling's rate and their ratio; then the drain time per 10,000 events at each
 * backlog, which stays flat when the drain is linear. One run, so the ratio is measured under one
 * machine load.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { httpAdminActions } from '../src/central/cli/http-admin-client';
import { canonicalJson } from '../src/shared/sync/canonical-json';
import { centreAdminToken, startCentreProcess } from '../test/helpers/centre-process';
import { openPgliteSql } from '../src/central/db/pglite-sql';
import { openPostgresSql } from '../src/central/db/postgres-sql';
import type { Sql } from '../src/central/db/sql';
import { openBenchDesk } from './lib/bench-desk';
import { applyInProcess } from './lib/centre-apply';
import { pgliteCeiling, postgresCeiling } from './lib/copy-ceiling';
import { cpuSince, cpuSnapshot } from './lib/process-cpu';
import type { BacklogRow } from './lib/copy-ceiling';

const backlogs = (process.env.BENCH_BACKLOGS ?? '10000,50000,100000').split(',').map(Number);
const socialCard = '32050000SB-GG-0001';

/** A set-up desk whose outbox holds `count` case registrations, each the canonical JSON of a real case. */
async function deskWithBacklog(count: number) {
  const desk = await openBenchDesk();
  const plan = (await desk.call('intake.plan', { itemCodes: [socialCard] })) as {
    materials: { key: string; necessity: string; originals: number; copies: number }[];
  };
  const detail = (await desk.call('cases.register', {
    requestId: randomUUID(),
    itemCodes: [socialCard],
    applicant: { kind: 'person', idKind: 'resident', idNumber: '11010519491231002X', name: '张三', phone: '13812345678' },
    materials: plan.materials.map((m) => ({
      key: m.key,
      applicable: m.necessity !== 'conditional',
      originals: m.originals,
      copies: m.copies,
    })),
    decision: { kind: 'accept' },
  })) as { caseNo: string };
  desk.backend.close();
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
  const template = JSON.parse(
    (db.prepare("SELECT payload FROM outbox WHERE entity = 'case'").get() as { payload: string }).payload,
  ) as Record<string, unknown>;
  db.prepare('DELETE FROM outbox').run();
  const insert = db.prepare(
    "INSERT INTO outbox (event_id, entity, entity_id, op, payload, created_at) VALUES (?, 'case', ?, 'case.registered', ?, ?)",
  );
  const rows: BacklogRow[] = [];
  db.transaction(() => {
    for (let i = 1; i <= count; i += 1) {
      const caseNo = detail.caseNo.replace(/\d+$/, String(i).padStart(6, '0'));
      const payloadText = canonicalJson({ ...template, caseNo });
      insert.run(randomUUID(), caseNo, payloadText, new Date().toISOString());
      rows.push({ caseNo, payloadText });
    }
  })();
  db.close();
  return { dataDir: desk.dataDir, rows };
}

interface Figures {
  store: string;
  backlog: number;
  drainSeconds: number;
  /** Until the background check had checked and projected every batch (PostgreSQL only: PGlite's folder is the centre's). */
  settledSeconds: number | null;
  /** CPU time during the drain, ms: the desk (this process), the centre's process, PostgreSQL's backends (when local). */
  cpu: { desk: number; centre: number | null; postgres: number | null };
  /** The centre's apply path alone, in-process (bench/lib/centre-apply.ts). */
  applySeconds: number;
  ceilingSeconds: number;
}

/** A fresh place for one centre: a schema on the server (its URL names it), or a PGlite folder. */
interface CentreStore {
  name: string;
  databaseUrl: string;
  dataDir: string;
  /** The centre's database, opened by the bench once the centre process has stopped. */
  open(): Promise<Sql>;
  ceiling(rows: readonly BacklogRow[]): Promise<number>;
  /** Batches waiting for the background check; null where the bench cannot look while the centre runs. */
  queuedChecks(): Promise<number | null>;
  /** The server's client backends (their CPU is PostgreSQL's share of the drain); none for PGlite. */
  backendPids(): Promise<number[]>;
  drop(): Promise<void>;
}

async function postgresStore(url: string): Promise<CentreStore> {
  const schema = `bench_sync_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    name: 'PostgreSQL',
    databaseUrl: scoped.toString(),
    dataDir: mkdtempSync(join(tmpdir(), 'halldesk-bench-centre-')),
    open: () => openPostgresSql({ connectionString: url, schema }),
    ceiling: (rows) => postgresCeiling(url, schema, rows, 'JC', '04'),
    queuedChecks: async () => Number((await onServer(url, `SELECT count(*) AS n FROM ${schema}.payload_check_queue`))[0]?.n ?? 0),
    backendPids: async () =>
      (
        await onServer(
          url,
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
        )
      ).map((row) => Number(row.pid)),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

function pgliteStore(): CentreStore {
  const dataDir = mkdtempSync(join(tmpdir(), 'halldesk-bench-centre-'));
  return {
    name: 'PGlite',
    databaseUrl: '',
    dataDir,
    open: () => openPgliteSql({ dataDir }),
    ceiling: (rows) => pgliteCeiling(dataDir, rows, 'JC', '04'),
    queuedChecks: async () => null,
    backendPids: async () => [],
    drop: async () => undefined,
  };
}

async function onServer(url: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

/** Seconds from `started` until the background check's queue is empty (it runs once desks pause, background-checker.ts). */
async function settled(store: CentreStore, started: number): Promise<number | null> {
  for (;;) {
    const queued = await store.queuedChecks();
    if (queued === null) return null;
    if (queued === 0) return (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function drain(store: CentreStore, backlog: number): Promise<Figures> {
  const { dataDir, rows } = await deskWithBacklog(backlog);
  const centre = await startCentreProcess(store.dataDir, 0, store.databaseUrl);
  const admin = httpAdminActions(centre.url, centreAdminToken);
  await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 1 });
  const desk = await openBenchDesk(dataDir, { startSync: false, alreadySetUp: true });
  const deskCpu = process.cpuUsage();
  const cpuBefore = cpuSnapshot([centre.pid, ...(await store.backendPids())]);
  // Enrolling syncs at once, so the clock starts before it (the exchange itself is one round trip).
  const started = performance.now();
  await desk.call('sync.enrol', { centralUrl: centre.url, enrolmentCode });
  for (let round = 0; round < 1000; round += 1) {
    const status = (await desk.call('sync.now', {})) as { pending: number; error: string | null };
    if (status.pending === 0) break;
    if (status.error) console.error(status.error);
  }
  const drainSeconds = (performance.now() - started) / 1000;
  const spent = process.cpuUsage(deskCpu);
  const cpu = {
    desk: (spent.user + spent.system) / 1000,
    centre: cpuSince(cpuBefore, [centre.pid]),
    postgres: store.name === 'PGlite' ? null : cpuSince(cpuBefore, await store.backendPids()),
  };
  const settledSeconds = await settled(store, started);
  desk.backend.close();
  await centre.stop();
  const sql = await store.open();
  const applySeconds = await applyInProcess(sql, rows, 'JC', '05');
  await sql.close();
  const ceilingSeconds = await store.ceiling(rows);
  await store.drop();
  return { store: store.name, backlog, drainSeconds, settledSeconds, cpu, applySeconds, ceilingSeconds };
}

const rate = (events: number, seconds: number) => `${Math.round(events / seconds).toLocaleString('en-US')}/s`;

const perEvent = (ms: number | null, events: number) => (ms === null ? 'n/a' : `${Math.round((ms * 1000) / events)} µs`);

function report(f: Figures): void {
  const settledFigure =
    f.settledSeconds === null
      ? ''
      : `; checked and projected in the background by ${f.settledSeconds.toFixed(1)} s = ${rate(f.backlog, f.settledSeconds)} = ${(f.ceilingSeconds / f.settledSeconds).toFixed(2)}x`;
  console.log(
    `sync (${f.store}) ${f.backlog.toLocaleString('en-US')} events: drain ${f.drainSeconds.toFixed(1)} s = ${rate(f.backlog, f.drainSeconds)}; ` +
      `raw COPY ceiling ${rate(f.backlog, f.ceilingSeconds)}; ratio ${(f.ceilingSeconds / f.drainSeconds).toFixed(2)}x; ` +
      `the centre's apply path alone (no desk, no HTTP) ${rate(f.backlog, f.applySeconds)} = ${(f.ceilingSeconds / f.applySeconds).toFixed(2)}x the ceiling` +
      settledFigure,
  );
  console.log(
    `sync (${f.store}) ${f.backlog.toLocaleString('en-US')} events: CPU per event during the drain: desk ${perEvent(f.cpu.desk, f.backlog)}, ` +
      `centre ${perEvent(f.cpu.centre, f.backlog)}${f.store === 'PGlite' ? ' (PostgreSQL inside it)' : `, PostgreSQL ${perEvent(f.cpu.postgres, f.backlog)}`}; ` +
      `the raw COPY takes ${perEvent(f.ceilingSeconds * 1000, f.backlog)} of wall time per event`,
  );
}

const url = (process.env.CENTRAL_BENCH_DATABASE_URL ?? process.env.CENTRAL_TEST_DATABASE_URL ?? '').trim();
if (url === '')
  console.log('sync (PostgreSQL): skipped, neither CENTRAL_BENCH_DATABASE_URL nor CENTRAL_TEST_DATABASE_URL is set; PGlite only');
console.log(
  `sync: load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (${process.env.BENCH_BACKLOGS ?? 'default'} backlogs)`,
);
const all: Figures[] = [];
for (const backlog of backlogs) {
  const stores = url === '' ? [pgliteStore()] : [await postgresStore(url), pgliteStore()];
  for (const store of stores) {
    const figures = await drain(store, backlog);
    report(figures);
    all.push(figures);
  }
}
for (const name of new Set(all.map((f) => f.store))) {
  const mine = all.filter((f) => f.store === name);
  const per10k = mine.map((f) => `${f.backlog / 1000}k: ${((f.drainSeconds / f.backlog) * 10_000).toFixed(2)} s`).join(', ');
  console.log(`sync (${name}) linearity, drain time per 10,000 events at each backlog: ${per10k}`);
}
console.log(
  `sync: load average at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
