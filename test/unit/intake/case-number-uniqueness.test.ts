import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

let desk: TestDesk;
beforeEach(async () => {
  desk = openTestDesk();
  await setUpDesk(desk);
  desk.backend.close();
});
afterEach(() => desk.close());

interface Worker {
  cases: string[];
  done: Promise<number | null>;
  kill(): void;
  ready: Promise<void>;
}

function startWorker(dataDir: string, count: number, onCase?: (worker: Worker) => void): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/register-worker.ts', dataDir, String(count)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let markReady: () => void = () => undefined;
  const worker: Worker = {
    cases: [],
    ready: new Promise((resolve) => (markReady = resolve)),
    done: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    kill: () => child.kill('SIGKILL'),
  };
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'READY') markReady();
    if (line.startsWith('CASE ')) {
      worker.cases.push(line.slice(5));
      onCase?.(worker);
    }
  });
  return worker;
}

function storedCases(dataDir: string) {
  const db = new Database(join(dataDir, 'halldesk.sqlite3'), { readonly: true });
  try {
    return {
      caseNos: (db.prepare('SELECT case_no FROM cases ORDER BY serial').all() as { case_no: string }[]).map((r) => r.case_no),
      outbox: (db.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'case'").get() as { n: number }).n,
      audit: (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'case.registered'").get() as { n: number }).n,
      lastSerial: (db.prepare('SELECT max(last_serial) AS n FROM case_serials').get() as { n: number | null }).n ?? 0,
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
}

describe('case numbers', () => {
  it('stay unique when several processes register on one store at once', async () => {
    const workers = [0, 1, 2].map(() => startWorker(desk.dataDir, 15));
    expect(await Promise.all(workers.map((w) => w.done))).toEqual([0, 0, 0]);
    const printed = workers.flatMap((w) => w.cases);
    expect(new Set(printed).size).toBe(45);
    const stored = storedCases(desk.dataDir);
    expect(stored.caseNos.sort()).toEqual(printed.sort());
    expect([stored.outbox, stored.audit, stored.lastSerial]).toEqual([45, 45, 45]);
  }, 60_000);

  it('are never reused after a process is killed mid-registration', async () => {
    const victim = startWorker(desk.dataDir, 10_000, (worker) => {
      if (worker.cases.length === 7) worker.kill();
    });
    await victim.done;
    const before = storedCases(desk.dataDir);
    expect(before.integrity).toBe('ok');
    expect(before.caseNos.length).toBeGreaterThanOrEqual(7);
    // Every committed case has its outbox and audit rows: nothing half-written survives the kill.
    expect([before.outbox, before.audit, before.lastSerial]).toEqual([before.caseNos.length, before.caseNos.length, before.caseNos.length]);

    const next = startWorker(desk.dataDir, 3);
    expect(await next.done).toBe(0);
    const after = storedCases(desk.dataDir);
    expect(new Set(after.caseNos).size).toBe(after.caseNos.length);
    for (const caseNo of next.cases) expect(before.caseNos).not.toContain(caseNo);
  }, 60_000);
});
