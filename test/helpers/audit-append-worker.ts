/**
 * A separate desk process for the audit concurrency test: opens the store, waits for the
 * start file (so every worker begins together), then appends `count` audit rows, each outside
 * any transaction of the caller's, as a login or a logout does.
 * Run with `node --import tsx test/helpers/audit-append-worker.ts <dbFile> <startFile> <count>`.
 */
import { existsSync } from 'node:fs';
import { openDatabase } from '../../src/main/db/open-database';
import { appendAudit } from '../../src/main/services/audit/audit-log';

const [dbFile, startFile, countText] = process.argv.slice(2);
const db = openDatabase(dbFile!);
console.log('READY');
while (!existsSync(startFile!)) await new Promise((resolve) => setTimeout(resolve, 5));
for (let i = 0; i < Number(countText); i += 1) {
  appendAudit(db, {
    at: new Date().toISOString(),
    actorId: null,
    actorStaffNo: null,
    action: 'test.append',
    detail: { pid: process.pid, i },
  });
}
db.close();
