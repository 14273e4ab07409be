/**
 * Desk side of bench/sync: the cost of forming the next batch (prepareBatch) and of a whole drain
 * without the network, at several backlogs, in a store on disk. The centre answers nothing here:
 * every batch is acknowledged as applied, so the figures are the desk's own share of a drain.
 * Run alone with `npx tsx bench/lib/desk-prepare-batch.ts` (BENCH_BACKLOGS=10000,50000,100000).
 * It also drains the same backlog over loopback HTTP to a stand-in centre in another process, for
 * the desk's whole CPU per event (pushOutbox, CentralClient, the socket).
 *
 * Measured 2026-12-03 (2 shared cores, under other load; CPU is user + system of the desk process,
 * backlogs 10k / 50k, two runs each):
 *   before (per-event acknowledgement, statements compiled per call, body as a string):
 *     no network 62–106 us/event; over HTTP 89–116 us/event.
 *   after (set-based acknowledgement, cached statements, body built as UTF-8 bytes):
 *     no network 16–31 us/event; over HTTP 40–67 us/event. What is left is SQLite committing the
 *     outbox rows it rewrites (batch_id, then sent_at: each ~3.7 KB row is a page of its own,
 *     ~17 us/event) and the kernel's copy of the body into the loopback socket (~8 us/event).
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { migrate } from '../../src/main/db/migrate';
import { systemClock } from '../../src/main/services/clock';
import { CentralClient } from '../../src/main/sync/central-client';
import { acknowledgeBatch, prepareBatch } from '../../src/main/sync/outbox-batches';
import { pushOutbox } from '../../src/main/sync/push-outbox';
import { canonicalJson } from '../../src/shared/sync/canonical-json';
import { startAcknowledgingCentre } from './acknowledging-centre';
import { median, timeMs } from './stats';

export interface DeskDrainFigures {
  backlog: number;
  /** Median time to form (or find) the next batch while the backlog waits. */
  prepareMs: number;
  drainMs: number;
  eventsPerSecond: number;
  /** The desk process's CPU (user + system) per event over the drain, in microseconds. */
  cpuUsPerEvent: number;
}

/** A payload the size of a real case (about 3.7 KB of canonical JSON, Chinese text included). */
function casePayload(i: number): string {
  const caseNo = `JC-03-2026-${String(i).padStart(6, '0')}`;
  const materials = Array.from({ length: 6 }, (_, m) => ({
    key: `m${m}`,
    name: '申请人身份证件',
    formatNotes: '验原件，收复印件1份（A4纸张）'.repeat(3),
  }));
  return canonicalJson({
    caseNo,
    hall: { code: 'JC', deskNo: '03', name: '江川市政务服务中心' },
    applicant: { name: '张三', phone: '13812345678' },
    materials,
  });
}

/** A desk store on disk holding `backlog` case events of about 3.7 KB, none sent. */
function storeWithBacklog(backlog: number): { db: Database.Database; at: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'halldesk-bench-drain-'));
  const db = new Database(join(dir, 'desk.sqlite3'));
  db.pragma('journal_mode = WAL');
  migrate(db);
  const at = new Date().toISOString();
  const insert = db.prepare(
    "INSERT INTO outbox (event_id, entity, entity_id, op, payload, created_at) VALUES (?, 'case', ?, 'case.registered', ?, ?)",
  );
  db.transaction(() => {
    for (let i = 1; i <= backlog; i += 1) insert.run(randomUUID(), `JC-03-2026-${String(i).padStart(6, '0')}`, casePayload(i), at);
  })();
  return {
    db,
    at,
    remove() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The desk process's CPU (user + system) per event while `work` ran, in microseconds. */
function cpuUsPerEvent(before: NodeJS.CpuUsage, backlog: number): number {
  const cpu = process.cpuUsage(before);
  return (cpu.user + cpu.system) / backlog;
}

export function measureDeskDrain(backlog: number, batchEvents = 200): DeskDrainFigures {
  const { db, at, remove } = storeWithBacklog(backlog);
  const limits = { events: batchEvents, bytes: 4 * 1024 * 1024 };
  const prepareSamples: number[] = [];
  const cpuBefore = process.cpuUsage();
  const [, drainMs] = timeMs(() => {
    for (;;) {
      const [batch, ms] = timeMs(() => prepareBatch(db, at, limits));
      if (!batch) break;
      prepareSamples.push(ms);
      acknowledgeBatch(
        db,
        batch,
        { batchId: batch.batchId, results: batch.events.map((e) => ({ eventId: e.eventId, status: 'applied' })) },
        at,
      );
    }
  });
  const cpuUs = cpuUsPerEvent(cpuBefore, backlog);
  remove();
  return { backlog, prepareMs: median(prepareSamples), drainMs, eventsPerSecond: (backlog / drainMs) * 1000, cpuUsPerEvent: cpuUs };
}

/**
 * The whole desk side of a drain over loopback HTTP (pushOutbox, CentralClient, up to two batches
 * on the way) to a stand-in centre in another process that applies everything at once: the
 * desk's CPU per event, the centre's cost left out.
 */
export async function measureDeskDrainOverHttp(backlog: number, batchEvents = 200): Promise<{ drainMs: number; cpuUsPerEvent: number }> {
  const { db, remove } = storeWithBacklog(backlog);
  const centre = await startAcknowledgingCentre();
  try {
    const client = new CentralClient(centre.url);
    const limits = { events: batchEvents, bytes: 4 * 1024 * 1024 };
    let sent = 0;
    const cpuBefore = process.cpuUsage();
    const start = process.hrtime.bigint();
    await pushOutbox({ db, clock: systemClock, client, auth: 'bench', limits, onSent: (n) => (sent += n) });
    const drainMs = Number(process.hrtime.bigint() - start) / 1e6;
    const cpuUs = cpuUsPerEvent(cpuBefore, backlog);
    if (sent !== backlog) throw new Error(`drained ${sent} of ${backlog} events`);
    return { drainMs, cpuUsPerEvent: cpuUs };
  } finally {
    await centre.close();
    remove();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const backlogs = (process.env.BENCH_BACKLOGS ?? '10000,50000,100000').split(',').map(Number);
  for (const backlog of backlogs) {
    const f = measureDeskDrain(backlog);
    console.log(
      `desk drain (no network), backlog ${f.backlog}: prepareBatch p50=${f.prepareMs.toFixed(2)} ms per 200-event batch, drain ${(f.drainMs / 1000).toFixed(2)} s, ${Math.round(f.eventsPerSecond)} events/s, CPU ${f.cpuUsPerEvent.toFixed(1)} us/event`,
    );
    const h = await measureDeskDrainOverHttp(backlog);
    console.log(
      `desk drain over loopback HTTP, backlog ${backlog}: drain ${(h.drainMs / 1000).toFixed(2)} s, ${Math.round((backlog / h.drainMs) * 1000)} events/s, desk CPU ${h.cpuUsPerEvent.toFixed(1)} us/event`,
    );
  }
}
