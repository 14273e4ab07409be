/**
 * bench/report: the hall's figures (reports.figures, the monthly report above all, and the Excel
 * export) at 1,000,000 cases with ratings, and the back end's resident memory (process RSS: the
 * back end runs in this process, as it does in its own Electron utility process or web host).
 * BENCH_SCALE=0.1 runs it at a tenth; BENCH_DATA_DIR reuses a folder an earlier run loaded.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openBackend } from '../src/main/backend/backend';
import { ratingLevels } from '../src/shared/ratings/rating-levels';
import { benchAdmin, openBenchDesk } from './lib/bench-desk';
import { bulkLoadCases, seeded } from './lib/bulk-cases';
import { median } from './lib/stats';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const total = Math.round(1_000_000 * scale);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** A rating for about one case in three, as the applicants of a hall give them; ratings keep their own day. */
function bulkLoadRatings(db: Database.Database) {
  const random = seeded(7);
  const cases = db
    .prepare('SELECT case_no, received_on, clerk_id, clerk_staff_no, clerk_name FROM cases WHERE (serial / 12) % 3 = 0')
    .iterate() as Iterable<{
    case_no: string;
    received_on: string;
    clerk_id: number;
    clerk_staff_no: string;
    clerk_name: string;
  }>;
  const invite = db.prepare(
    `INSERT INTO rating_invitations (case_no, stage, token, status, clerk_id, clerk_staff_no, clerk_name, invited_at, closed_at)
     VALUES (?, 'acceptance', ?, 'rated', ?, ?, ?, ?, ?)`,
  );
  const rate = db.prepare(
    `INSERT INTO ratings (case_no, stage, invitation_id, level, is_bad, scores, comment, clerk_id, clerk_staff_no, clerk_name, rated_at, rated_on)
     VALUES (?, 'acceptance', ?, ?, ?, '{}', NULL, ?, ?, ?, ?, ?)`,
  );
  const rows = [...cases];
  const insert = db.transaction((from: number, to: number) => {
    for (const c of rows.slice(from, to)) {
      const at = `${c.received_on}T02:00:00.000Z`;
      const id = invite.run(c.case_no, `bulk-${c.case_no}`, c.clerk_id, c.clerk_staff_no, c.clerk_name, at, at).lastInsertRowid;
      const r = random();
      const level =
        r < 0.6 ? ratingLevels[0] : r < 0.9 ? ratingLevels[1] : r < 0.97 ? ratingLevels[2] : r < 0.99 ? ratingLevels[3] : ratingLevels[4];
      rate.run(c.case_no, id, level, Number(r >= 0.97), c.clerk_id, c.clerk_staff_no, c.clerk_name, at, c.received_on);
    }
  });
  for (let from = 0; from < rows.length; from += 20_000) insert(from, from + 20_000);
  // A few finished cases had their clock stopped (待补正 during processing): the JS path of the report.
  db.prepare(
    `INSERT INTO case_pauses (case_no, kind, from_date, to_date)
     SELECT case_no, 'awaiting-materials', accepted_on, decided_on FROM cases WHERE decided_on IS NOT NULL AND serial % 50 = 0`,
  ).run();
  return rows.length;
}

async function loadedFolder(): Promise<string> {
  if (process.env.BENCH_DATA_DIR) return process.env.BENCH_DATA_DIR;
  const { backend, call, dataDir } = await openBenchDesk();
  const clerks = [{ id: 1, staffNo: benchAdmin.staffNo, name: benchAdmin.name }];
  for (let i = 1; i <= 11; i += 1) {
    const staffNo = `C${String(i).padStart(3, '0')}`;
    const user = (await call('users.create', { staffNo, name: `窗口${i}号`, role: 'clerk', password: 'Clerk2026pass' })) as { id: number };
    clerks.push({ id: user.id, staffNo, name: `窗口${i}号` });
  }
  backend.close();
  const db = new Database(join(dataDir, 'halldesk.sqlite3'));
  let started = Date.now();
  bulkLoadCases(db, total, 1, { clerks, mixDecisions: true, finish: true, chronological: true });
  console.log(`loaded ${total} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  const ratings = bulkLoadRatings(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  console.log(`loaded ${ratings} ratings in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dataDir;
}

interface Figures {
  total: { received: number; finished: number; ratings: number };
}

const dataDir = await loadedFolder();
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
