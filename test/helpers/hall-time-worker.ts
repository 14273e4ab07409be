/**
 * A desk in a process of its own whose machine clock zone is whatever TZ says (the test runs it
 * with America/New_York): registers a case at 2026-03-02 01:30 UTC (09:30 in the hall) and
 * prints, as one JSON line, the times the desk gives on paper, in the .xlsx export and for the
 * audit log. Run with `TZ=… node --import tsx test/helpers/hall-time-worker.ts <dataDir>`.
 */
import ExcelJS from 'exceljs';
import { openBackend } from '../../src/main/backend/backend';
import { formatLocalDateTime } from '../../src/main/services/format-time';
import { MovableClock, adminPassword, paperSettings } from './test-backend';
import { person, socialCardItem } from './intake-fixtures';
import { randomUUID } from 'node:crypto';

const [dataDir] = process.argv.slice(2);
const backend = openBackend({ dataDir: dataDir!, clock: new MovableClock(), logger: { error: () => undefined } });

async function call<T = Record<string, unknown>>(channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch({ channel, input, sessionKey: 'tz' });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

await call('setup.initialize', {
  hallName: '江川市政务服务中心',
  hallCode: 'JC',
  deskNo: '03',
  admin: { staffNo: 'A001', name: '王管理', password: adminPassword },
  ...paperSettings,
});
const plan = await call<{ materials: { key: string; necessity: string; originals: number; copies: number }[] }>('intake.plan', {
  itemCodes: [socialCardItem],
});
const materials = plan.materials.map((m) => ({
  key: m.key,
  applicable: m.necessity !== 'conditional',
  originals: m.originals,
  copies: m.copies,
  electronic: false,
}));
const kase = await call<{ caseNo: string }>('cases.register', {
  requestId: randomUUID(),
  itemCodes: [socialCardItem],
  applicant: person,
  agent: null,
  materials,
  decision: { kind: 'accept' },
});
const paper = await call<{ printedAt: string; case: { receivedAt: string } }>('print.preview', {
  caseNo: kase.caseNo,
  docType: 'acceptance-receipt',
});
const xlsx = await call<{ xlsxBase64: string }>('reports.exportXlsx', { period: 'day', groupBy: 'clerk' });
const book = new ExcelJS.Workbook();
await book.xlsx.load(Buffer.from(xlsx.xlsxBase64, 'base64') as unknown as ArrayBuffer);
const cells: string[] = [];
book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
const audit = await call<{ rows: { at: string; action: string }[] }>('audit.list', { page: 1, pageSize: 50 });
const registered = audit.rows.find((e) => e.action === 'case.registered')!;
const status = await call<{ timeZone: string }>('app.status', {});
console.log(
  JSON.stringify({
    machineOffsetMinutes: new Date('2026-03-02T01:30:00Z').getTimezoneOffset(),
    hallTimeZone: status.timeZone,
    printedAt: paper.printedAt,
    receivedAt: paper.case.receivedAt,
    xlsxGenerated: cells.find((c) => c.startsWith('生成时间')),
    audited: formatLocalDateTime(new Date(registered.at), status.timeZone),
  }),
);
backend.close();
