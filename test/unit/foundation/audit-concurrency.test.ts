import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open-database';
import { verifyAuditChain } from '../../../src/main/services/audit/verify-audit-chain';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'halldesk-audit-'));
  openDatabase(join(dir, 'store.sqlite3')).close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function startWorker(dbFile: string, startFile: string, count: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/audit-append-worker.ts', dbFile, startFile, String(count)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve) =>
    createInterface({ input: child.stdout }).on('line', (line) => line === 'READY' && resolve()),
  );
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  return { ready, done };
}

describe('the audit log', () => {
  it('takes appends from several desk processes at once without a lost row or a fork in the chain', async () => {
    const dbFile = join(dir, 'store.sqlite3');
    const startFile = join(dir, 'start');
    const workers = [0, 1, 2].map(() => startWorker(dbFile, startFile, 150));
    await Promise.all(workers.map((w) => w.ready));
    writeFileSync(startFile, '');
    const results = await Promise.all(workers.map((w) => w.done));
    expect(results.map((r) => (r.code === 0 ? 0 : r.stderr.split('\n').find((l) => /Error/.test(l))))).toEqual([0, 0, 0]);
    const db = openDatabase(dbFile);
    try {
      expect((db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'test.append'").get() as { n: number }).n).toBe(450);
      expect(verifyAuditChain(db).ok).toBe(true);
    } finally {
      db.close();
    }
  }, 60_000);
});
