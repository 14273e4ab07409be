/**
 * One desk process for the sync chaos test: registers cases up to a total (counting those a
 * killed earlier run left), calling sync now and then, then syncs until its outbox is empty.
 * Run with `node --import tsx test/helpers/sync-desk-worker.ts <dataDir> <total>`.
 */
import { randomUUID } from 'node:crypto';
import { openBackend } from '../../src/main/backend/backend';
import { adminPassword } from './test-backend';
import { person, socialCardItem } from './intake-fixtures';

const [dataDir, totalText] = process.argv.slice(2);
const total = Number(totalText);
const backend = openBackend({ dataDir: dataDir!, startSync: false, logger: { error: () => undefined } });

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch({ channel, input, sessionKey: 'worker' });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

await call('auth.login', { staffNo: 'A001', password: adminPassword });
const plan = await call<{ materials: { key: string; necessity: string; originals: number; copies: number }[] }>('intake.plan', {
  itemCodes: [socialCardItem],
});
const materials = plan.materials.map((m) => ({
  key: m.key,
  applicable: m.necessity !== 'conditional',
  originals: m.originals,
  copies: m.copies,
}));
let registered = (await call<{ total: number }>('cases.search', { query: '', page: 1, pageSize: 1 })).total;
console.log(`START ${registered}`);
while (registered < total) {
  await call('cases.register', {
    requestId: randomUUID(),
    itemCodes: [socialCardItem],
    applicant: person,
    materials,
    decision: { kind: 'accept' },
  });
  registered += 1;
  if (registered % 4 === 0) {
    console.log('SYNC');
    await call('sync.now', {});
  }
}
for (let attempt = 0; attempt < 300; attempt += 1) {
  const status = await call<{ pending: number; error: string | null }>('sync.now', {});
  if (status.pending === 0 && status.error === null) break;
}
const final = await call<{ pending: number }>('sync.status', {});
console.log(`DONE ${registered} pending=${final.pending}`);
await backend.closeAsync();
