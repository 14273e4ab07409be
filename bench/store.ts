/**
 * bench/store: commit latency of one small clerk write together with its outbox and audit
 * rows (synchronous=FULL, WAL), p50/p95 over 10,000 writes.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { recordChange } from '../src/main/services/record-change';
import { openBenchDesk } from './lib/bench-desk';
import { report, timeMs } from './lib/stats';

const writes = Number(process.env.BENCH_WRITES ?? 10_000);
const { backend, dataDir } = await openBenchDesk();
backend.close();

const db = new Database(join(dataDir, 'halldesk.sqlite3'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const actor = { id: 1, staffNo: 'A001' };
const write = db.transaction((i: number) => {
  const at = new Date().toISOString();
  db.prepare("INSERT INTO settings (key, value) VALUES ('bench.counter', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
    String(i),
  );
  recordChange(db, { actor, at, op: 'settings.updated', entity: 'desk-settings', entityId: 'bench', payload: { i } });
});

const samples: number[] = [];
for (let i = 0; i < writes; i += 1) samples.push(timeMs(() => write(i))[1]);
report(`store: one write + outbox + audit row, synchronous=FULL (${dataDir})`, samples);
db.close();
