/**
 * `npm run verify-store`: checks every material page file the desk's store refers to
 * (HALLDESK_DATA_DIR, else the per-user folder) is there and unchanged (its sha256). Exit code 1
 * when one is missing or altered. Safe while the desk runs: it only reads.
 */
import { join } from 'node:path';
import { openDatabase } from '../../db/open-database';
import { defaultDataDir } from '../../paths';
import { PageStore } from './page-store';
import { reportLines, verifyPageStore } from './verify-store';

const dataDir = defaultDataDir();
const db = openDatabase(join(dataDir, 'halldesk.sqlite3'));
try {
  const report = await verifyPageStore(db, new PageStore(join(dataDir, 'pages')));
  for (const line of reportLines(report)) console.log(line);
  process.exitCode = report.missing.length + report.altered.length === 0 ? 0 : 1;
} finally {
  db.close();
}
