/**
 * One desk process for the page upload chaos test: registers cases with pages up to a total
 * (counting those a killed earlier run left), then syncs until both the case outbox and the page
 * upload queue are empty. Run with `node --import tsx test/helpers/page-upload-desk-worker.ts <dataDir> <cases> <pagesPerCase>`.
 */
import { openBackend } from '../../src/main/backend/backend';
import { registerCaseWithPages } from './page-upload-fixtures';
import { adminPassword } from './test-backend';

const [dataDir, totalText, pagesText] = process.argv.slice(2);
const backend = openBackend({ dataDir: dataDir!, startSync: false, logger: { error: () => undefined } });

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch({ channel, input, sessionKey: 'worker' });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

await call('auth.login', { staffNo: 'A001', password: adminPassword });
let registered = (await call<{ total: number }>('cases.search', { query: '', page: 1, pageSize: 1 })).total;
console.log(`START ${registered}`);
while (registered < Number(totalText)) {
  await registerCaseWithPages(call, Number(pagesText));
  registered += 1;
}
type Status = { pending: number; error: string | null; pages?: { pagesPending: number } };
for (let status = await call<Status>('sync.now', {}); status.pending > 0 || (status.pages?.pagesPending ?? 0) > 0;) {
  // The uploader runs beside the sync (woken by it); look again shortly.
  await new Promise((resolve) => setTimeout(resolve, 100));
  status = await call<Status>('sync.now', {});
}
console.log(`DONE ${registered}`);
await backend.closeAsync();
