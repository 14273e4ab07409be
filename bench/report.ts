/**
 * bench/report: the hall's figures (reports.figures, the monthly report above all, and the Excel
 * export) at 1,000,000 and 5,000,000 cases with ratings, each size in its own process, and the
 * back end's resident memory after the reports (process RSS: the back end runs in this process,
 * as it does in its own Electron utility process or web host). The cases are generated straight
 * into SQLite (bench/lib/bulk-report-data.ts). BENCH_SCALE=0.1 runs it at a tenth; BENCH_REPORT_CASES
 * runs one size; BENCH_DATA_DIR (with it) reuses a folder an earlier run loaded.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../src/main/backend/backend';
import { benchAdmin, openBenchDesk } from './lib/bench-desk';
import { bulkLoadReportData } from './lib/bulk-report-data';
import { median } from './lib/stats';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

if (!process.env.BENCH_REPORT_CASES) {
  for (const size of [1_000_000, 5_000_000]) {
    const cases = String(Math.round(size * scale));
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_REPORT_CASES: cases },
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  process.exit(0);
}
const total = Number(process.env.BENCH_REPORT_CASES);

/** The cases generated into a fresh folder (then measured in a fresh process, so RSS is the back end's alone). */
async function generatedFolder(): Promise<string> {
  const { backend, call, dataDir } = await openBenchDesk();
  const clerks = [{ id: 1, staffNo: benchAdmin.staffNo, name: benchAdmin.name }];
  for (let i = 1; i <= 11; i += 1) {
    const staffNo = `C${String(i).padStart(3, '0')}`;
    const user = (await call('users.create', { staffNo, name: `窗口${i}号`, role: 'clerk', password: 'Clerk2026pass' })) as { id: number };
    clerks.push({ id: user.id, staffNo, name: `窗口${i}号` });
  }
  backend.close();
  const db = new Database(join(dataDir, 'halldesk.sqlite3'));
  const started = Date.now();
  bulkLoadReportData(db, total, clerks);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  console.log(
    `generated ${total} cases with their ratings and summaries in ${((Date.now() - started) / 1000).toFixed(1)} s (generator RSS ${mb(process.memoryUsage().rss)})`,
  );
  return dataDir;
}

interface Figures {
  total: { received: number; finished: number; ratings: number };
}

const reused = process.env.BENCH_DATA_DIR;
if (!reused) {
  const folder = await generatedFolder();
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_DATA_DIR: folder },
  });
  process.exit(run.status ?? 1);
}
const dataDir = reused;
const before = process.memoryUsage().rss;
const desk = openBackend({ dataDir, startSync: false, logger: { error: (e) => console.error(e) } });
const call = async (channel: string, input: unknown) => {
  const result = await desk.dispatch({ channel, input, sessionKey: 'bench' });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  const value = result.value as Figures & { figures?: Figures };
  return value.figures ?? value;
};
await call('auth.login', { staffNo: benchAdmin.staffNo, password: benchAdmin.password });
const opened = process.memoryUsage().rss;
const stored = new Database(join(dataDir, 'halldesk.sqlite3'), { readonly: true });
const counts = stored.prepare('SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM ratings) AS ratings').get() as {
  cases: number;
  ratings: number;
};
stored.close();
console.log(
  `report at ${counts.cases} cases and ${counts.ratings} ratings: back end RSS ${mb(before)} before opening, ${mb(opened)} opened`,
);

const runs: [label: string, channel: string, input: Record<string, string>][] = [
  ['monthly, by clerk', 'reports.figures', { period: 'month', date: '2026-03-15', groupBy: 'clerk' }],
  ['monthly, by item', 'reports.figures', { period: 'month', date: '2026-03-15', groupBy: 'item' }],
  ['monthly, by department', 'reports.figures', { period: 'month', date: '2026-03-15', groupBy: 'department' }],
  ['weekly, by clerk', 'reports.figures', { period: 'week', date: '2026-03-11', groupBy: 'clerk' }],
  ['daily, by item', 'reports.figures', { period: 'day', date: '2026-03-11', groupBy: 'item' }],
  ['monthly Excel export, by item', 'reports.exportXlsx', { period: 'month', date: '2026-03-15', groupBy: 'item' }],
];
let peak = opened;
for (const [label, channel, input] of runs) {
  const timings: number[] = [];
  let figures: Awaited<ReturnType<typeof call>> | null = null;
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    figures = await call(channel, input);
    timings.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const t = figures!.total;
  console.log(
    `  ${label.padEnd(32)} first ${timings[0]!.toFixed(0).padStart(5)} ms  median ${median(timings).toFixed(0).padStart(5)} ms  max ${Math.max(
      ...timings,
    )
      .toFixed(0)
      .padStart(5)} ms  (received ${t.received}, finished ${t.finished}, ratings ${t.ratings})`,
  );
}
console.log(
  `back end RSS after the reports: ${mb(process.memoryUsage().rss)} (peak seen ${mb(peak)}); heap used ${mb(process.memoryUsage().heapUsed)}`,
);
desk.close();
console.log(`data folder: ${dataDir}`);
