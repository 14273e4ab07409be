/**
 * A separate desk process for the concurrency and crash tests: opens the store in the given
 * data folder, logs in, registers `count` cases and prints each number on its own line.
 * Run with `node --import tsx test/helpers/register-worker.ts <dataDir> <count>`.
 */
import { randomUUID } from 'node:crypto';
import { openBackend } from '../../src/main/backend/backend';
import { adminPassword } from './test-backend';
import { person, socialCardItem } from './intake-fixtures';

const [dataDir, countText] = process.argv.slice(2);
const backend = openBackend({ dataDir: dataDir!, logger: { error: () => undefined } });
const session = `worker-${process.pid}`;

async function call(channel: string, input: unknown) {
  const result = await backend.dispatch({ channel, input, sessionKey: session });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

await call('auth.login', { staffNo: 'A001', password: adminPassword });
const plan = (await call('intake.plan', { itemCodes: [socialCardItem] })) as {
  materials: { key: string; necessity: string; originals: number; copies: number }[];
};
const materials = plan.materials.map((m) => ({
  key: m.key,
  applicable: m.necessity !== 'conditional',
  originals: m.originals,
  copies: m.copies,
  electronic: false,
}));
console.log('READY');
for (let i = 0; i < Number(countText); i += 1) {
  const detail = await call('cases.register', {
    requestId: randomUUID(),
    itemCodes: [socialCardItem],
    applicant: person,
    agent: null,
    materials,
    decision: { kind: 'accept' },
  });
  console.log(`CASE ${String(detail.caseNo)}`);
}
backend.close();
