/**
 * bench/search: 案件查询 latency (the whole cases.search call: contract, index, count and page)
 * p50/p95 for each kind of search, at 1,000,000 cases. BENCH_SCALE=0.1 runs it at a tenth.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openBackend } from '../src/main/backend/backend';
import { benchAdmin, openBenchDesk } from './lib/bench-desk';
import { bulkLoadCases, type BulkSample } from './lib/bulk-cases';
import { percentile } from './lib/stats';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const total = Math.round(1_000_000 * scale);
const rounds = 200;

/** BENCH_DATA_DIR: search a folder an earlier run loaded (it prints it) instead of loading again. */
async function loadedFolder(): Promise<{ dataDir: string; samples: BulkSample[] }> {
  const reuse = process.env.BENCH_DATA_DIR;
  if (reuse) {
    const db = new Database(join(reuse, 'halldesk.sqlite3'), { readonly: true });
    const samples = db
      .prepare(
        'SELECT case_no AS caseNo, applicant_name AS name, applicant_id_number AS idNumber, applicant_phone AS phone FROM cases WHERE serial % 997 = 0',
      )
      .all() as BulkSample[];
    db.close();
    return { dataDir: reuse, samples };
  }
  const { backend, call, dataDir } = await openBenchDesk();
  const clerks = [{ id: 1, staffNo: benchAdmin.staffNo, name: benchAdmin.name }];
  for (const [staffNo, name] of [
    ['C001', '李窗口'],
    ['C002', '赵窗口'],
    ['C003', '孙窗口'],
  ] as const) {
    const user = (await call('users.create', { staffNo, name, role: 'clerk', password: 'Clerk2026pass' })) as { id: number };
    clerks.push({ id: user.id, staffNo, name });
  }
  backend.close();
  const db = new Database(join(dataDir, 'halldesk.sqlite3'));
  const started = Date.now();
  const samples = bulkLoadCases(db, total, 1, { clerks, mixDecisions: true, finish: true, chronological: true });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  console.log(`loaded ${total} cases (with the search index) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { dataDir, samples };
}

const { dataDir, samples } = await loadedFolder();
const started = Date.now();
const desk = openBackend({ dataDir, startSync: false, logger: { error: (e) => console.error(e) } });
const search = async (input: Record<string, unknown>) => {
  const result = await desk.dispatch({ channel: 'cases.search', input: { todayOnly: false, ...input }, sessionKey: 'bench' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { total: number };
};
await desk.dispatch({ channel: 'auth.login', input: { staffNo: benchAdmin.staffNo, password: benchAdmin.password }, sessionKey: 'bench' });
console.log(`desk opened in ${Date.now() - started} ms`);

type Kind = [label: string, input: (sample: BulkSample, i: number) => Record<string, unknown>];
const lastName = (s: BulkSample) => [...s.name].at(-1)!;
const kinds: Kind[] = [
  ['case number, whole', (s) => ({ query: s.caseNo })],
  ['case number, last 6 digits', (s) => ({ query: s.caseNo.slice(-6) })],
  ['name, whole (2-3 characters)', (s) => ({ query: s.name })],
  ['name, 1 character', (s) => ({ query: lastName(s) })],
  ['name, 2 characters', (s) => ({ query: s.name.slice(0, 2) })],
  ['ID number, whole', (s) => ({ query: s.idNumber })],
  ['ID number, last 8', (s) => ({ query: s.idNumber.slice(-8) })],
  ['phone, whole', (s) => ({ query: s.phone })],
  ['phone, last 6 digits', (s) => ({ query: s.phone.slice(-6) })],
  ['item name, 2 characters (食品)', () => ({ query: '食品' })],
  ['item name, 5 characters (社会保障卡)', () => ({ query: '社会保障卡' })],
  ['name character + item', (s) => ({ query: `${lastName(s)} 公积金` })],
  ['filter: state 一次性告知', () => ({ state: 'awaiting-materials' })],
  ['filter: one week received', (_s, i) => ({ receivedFrom: `2026-0${1 + (i % 9)}-08`, receivedTo: `2026-0${1 + (i % 9)}-14` })],
  ['filter: clerk + item', () => ({ clerkStaffNo: 'C002', itemCode: '32050000SB-GG-0001' })],
  [
    'filter: name character + state + month',
    (s, i) => ({ query: lastName(s), state: 'accepted', receivedFrom: `2026-0${1 + (i % 9)}-01`, receivedTo: `2026-0${1 + (i % 9)}-28` }),
  ],
  ['no filter, page 50', () => ({ page: 50 })],
];

console.log(`search at ${total} cases (${rounds} calls each; p50 / p95 / max in ms; mean matches):`);
for (const [label, input] of kinds) {
  const timings: number[] = [];
  let matches = 0;
  for (let i = 0; i < rounds; i += 1) {
    const query = input(samples[(i * 7) % samples.length]!, i);
    const start = performance.now();
    matches += (await search(query)).total;
    timings.push(performance.now() - start);
  }
  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log(
    `  ${label.padEnd(40)} p50 ${fmt(percentile(timings, 50))}  p95 ${fmt(percentile(timings, 95))}  max ${fmt(Math.max(...timings))}  matches ${Math.round(matches / rounds)}`,
  );
}
desk.close();
console.log(`data folder: ${dataDir}`);
