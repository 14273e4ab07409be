// `npm run bench`: runs every bench and prints its figures. BENCH=store,intake picks some.
import { spawnSync } from 'node:child_process';

const all = ['store', 'startup', 'intake', 'print', 'sync', 'search', 'report', 'pages', 'centre'];
const chosen = process.env.BENCH ? process.env.BENCH.split(',') : all;
for (const name of chosen) {
  console.log(`\n== bench/${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
