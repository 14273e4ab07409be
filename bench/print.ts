/**
 * bench/print: time from `print.issue` to a finished, stored PDF (the whole call: data, HTML,
 * Chromium's PDF, the storing transaction) for the 80 mm receipt and for the A4 受理通知书,
 * p50/p95 over 30 prints each, with the browser already warm (the first print of a session
 * also starts it: reported on its own line).
 */
import { randomUUID } from 'node:crypto';
import { openBenchDesk } from './lib/bench-desk';
import { report } from './lib/stats';

const socialCard = '32050000SB-GG-0001';
const rounds = Number(process.env.BENCH_PRINT_ROUNDS ?? 30);

const { backend, call } = await openBenchDesk();
const plan = (await call('intake.plan', { itemCodes: [socialCard] })) as { materials: { key: string; necessity: string; originals: number; copies: number }[] };
const kase = (await call('cases.register', {
  requestId: randomUUID(),
  itemCodes: [socialCard],
  applicant: { kind: 'person', idKind: 'resident', idNumber: '11010519491231002X', name: '张三', phone: '13812345678' },
  materials: plan.materials.map((m) => ({ key: m.key, applicable: m.necessity !== 'conditional', originals: m.originals, copies: m.copies })),
  decision: { kind: 'accept' },
})) as { caseNo: string };

async function timeIssue(docType: string): Promise<number> {
  const start = performance.now();
  await call('print.issue', { caseNo: kase.caseNo, docType });
  return performance.now() - start;
}

console.log(`print: first print (starts the browser): ${(await timeIssue('material-receipt')).toFixed(1)} ms`);
for (const [docType, label] of [
  ['acceptance-receipt', '受理回执 80 mm'],
  ['acceptance-notice', '受理通知书 A4'],
] as const) {
  const timings: number[] = [];
  for (let i = 0; i < rounds; i += 1) timings.push(await timeIssue(docType));
  report(`print: print.issue → stored PDF, ${label}`, timings);
}
await backend.closeAsync();
