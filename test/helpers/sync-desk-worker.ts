/**
 * One desk process for the sync chaos test: registers cases up to a total (counting those a
 * killed earlier run left) and takes each through its lifecycle (chaos-lifecycle.ts), calling
 * sync now and then, then syncs until its outbox is empty and the last pull saw the feed's end.
 * Run with `node --import tsx test/helpers/sync-desk-worker.ts <dataDir> <total>`.
 */
import { openBackend } from '../../src/main/backend/backend';
import { advance, registerNext, type DeskCall } from './chaos-lifecycle';
import { adminPassword } from './test-backend';

const [dataDir, totalText] = process.argv.slice(2);
const total = Number(totalText);
const backend = openBackend({ dataDir: dataDir!, startSync: false, logger: { error: () => undefined } });

const call: DeskCall = async <T>(channel: string, input: unknown) => {
  const result = await backend.dispatch({ channel, input, sessionKey: 'worker' });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
};

async function caseNos(): Promise<string[]> {
  const found = await call<{ rows: { caseNo: string }[] }>('cases.search', { query: '', page: 1, pageSize: 100 });
  return found.rows.map((r) => r.caseNo).sort();
}

await call('auth.login', { staffNo: 'A001', password: adminPassword });
const existing = await caseNos();
console.log(`START ${existing.length}`);
// A run killed mid-lifecycle left some cases short of where their plan ends.
for (const caseNo of existing) await advance(call, caseNo);
let registered = existing.length;
while (registered < total) {
  await registerNext(call, registered + 1);
  registered += 1;
  const [latest] = (await caseNos()).slice(-1);
  await advance(call, latest!);
  if (registered % 4 === 0) {
    console.log('SYNC');
    await call('sync.now', {});
  }
}
for (let attempt = 1; attempt <= 400; attempt += 1) {
  const status = await call<{ pending: number; error: string | null }>('sync.now', {});
  if (status.pending === 0 && status.error === null) break;
  // As the engine backs off: a centre being restarted needs a moment, and 400 instant tries would not wait for it.
  if (status.error !== null) await new Promise((resolve) => setTimeout(resolve, Math.min(500, 10 * attempt)));
}
const final = await call<{ pending: number }>('sync.status', {});
console.log(`DONE ${registered} pending=${final.pending}`);
await backend.closeAsync();
