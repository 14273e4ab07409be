/**
 * One desk process for the sync chaos test: registers cases up to a total (counting those a
 * killed earlier run left) and takes each through its lifecycle (chaos-lifecycle.ts), calling
 * sync now and then, then syncs until its outbox is empty and, once the test says so, the last
 * pull saw the feed's end. Run with `node --import tsx test/helpers/sync-desk-worker.ts <dataDir> <total> <releaseFile>`.
 */
import { existsSync } from 'node:fs';
import { openBackend } from '../../src/main/backend/backend';
import { advance, registerNext, type DeskCall } from './chaos-lifecycle';
import { adminPassword } from './test-backend';

const [dataDir, totalText, releaseFile] = process.argv.slice(2);
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
  if (registered % 2 === 0) {
    console.log('SYNC');
    await call('sync.now', {});
  }
}
// Syncs until its outbox is empty (then says IDLE), and on until the test has published its last
// department words (the release file exists) and a sync begun after that has pulled them all.
const deadline = Date.now() + 240_000;
let saidIdle = false;
for (let attempt = 1; Date.now() < deadline; attempt += 1) {
  const released = existsSync(releaseFile!);
  const status = await call<{ pending: number; error: string | null }>('sync.now', {});
  const settled = status.pending === 0 && status.error === null;
  if (settled && released) break;
  if (settled && !saidIdle) console.log('IDLE');
  saidIdle ||= settled;
  // As the engine backs off after a failure (a centre being restarted needs a moment) and polls when idle.
  await new Promise((resolve) => setTimeout(resolve, settled ? 250 : Math.min(500, 10 * attempt)));
}
const final = await call<{ pending: number }>('sync.status', {});
console.log(`DONE ${registered} pending=${final.pending}`);
await backend.closeAsync();
