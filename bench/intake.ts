/**
 * bench/intake: registration commit latency (the whole cases.register call) p50/p95 with 100k
 * and 1M cases already stored, and search latency p50/p95 by name and by ID number at 1M.
 * BENCH_SCALE=0.1 runs it at a tenth of the size for a quick look.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openBackend } from '../src/main/backend/backend';
import { benchAdmin, openBenchDesk } from './lib/bench-desk';
import { bulkLoadCases, seeded, chineseName } from './lib/bulk-cases';
import { report } from './lib/stats';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const registrations = 300;
const searches = 300;
const socialCard = '32050000SB-GG-0001';

const { backend, dataDir } = await openBenchDesk();
backend.close();
let loaded = 0;
let samples: { name: string; idNumber: string }[] = [];

async function loadUpTo(total: number) {
  const db = new Database(join(dataDir, 'halldesk.sqlite3'));
  const started = Date.now();
  samples = samples.concat(bulkLoadCases(db, total - loaded, loaded + 1));
  db.close();
  console.log(`loaded ${total - loaded} cases in ${((Date.now() - started) / 1000).toFixed(1)} s (total ${total})`);
  loaded = total;
}

async function measure(label: string) {
  const desk = openBackend({ dataDir, logger: { error: (e) => console.error(e) } });
  const call = async (channel: string, input: unknown) => {
    const result = await desk.dispatch({ channel, input, sessionKey: 'bench' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as { materials: { key: string; necessity: string; originals: number; copies: number }[] };
  };
  await call('auth.login', { staffNo: benchAdmin.staffNo, password: benchAdmin.password });
  const plan = await call('intake.plan', { itemCodes: [socialCard] });
  const materials = plan.materials.map((m) => ({
    key: m.key,
    applicable: m.necessity !== 'conditional',
    originals: m.originals,
    copies: m.copies,
  }));
  const random = seeded(loaded);
  const timings: number[] = [];
  for (let i = 0; i < registrations; i += 1) {
    const input = {
      requestId: randomUUID(),
      itemCodes: [socialCard],
      applicant: { kind: 'person', idKind: 'resident', idNumber: '11010519491231002X', name: chineseName(random), phone: '13812345678' },
      materials,
      decision: { kind: 'accept' },
    };
    const start = performance.now();
    await call('cases.register', input);
    timings.push(performance.now() - start);
  }
  report(`intake: cases.register with ${label} cases stored`, timings);
  loaded += registrations;
  return { desk, call };
}

async function searchBench(call: (c: string, i: unknown) => Promise<unknown>, kind: 'name' | 'idNumber') {
  const timings: number[] = [];
  for (let i = 0; i < searches; i += 1) {
    const sample = samples[i % samples.length]!;
    const start = performance.now();
    await call('cases.search', { query: sample[kind], todayOnly: false, page: 1, pageSize: 20 });
    timings.push(performance.now() - start);
  }
  report(`intake: cases.search by ${kind === 'name' ? 'name' : 'ID number'} at ${loaded} cases`, timings);
}

await loadUpTo(Math.round(100_000 * scale));
(await measure(`${loaded}`)).desk.close();
await loadUpTo(Math.round(1_000_000 * scale));
const { desk, call } = await measure(`${loaded}`);
await searchBench(call, 'name');
await searchBench(call, 'idNumber');
desk.close();
console.log(`data folder: ${dataDir}`);
