/**
 * `npm run rebuild-summaries`: sums the daily report summaries again from the cases and ratings
 * of the desk's store (HALLDESK_DATA_DIR, else the per-user folder). Run it with the desk closed.
 */
import { join } from 'node:path';
import { openDatabase } from './open-database';
import { defaultDataDir } from '../paths';
import { countReportSummaryRows, rebuildReportSummaries } from '../services/reports/summary-queries';

const file = join(defaultDataDir(), 'halldesk.sqlite3');
const db = openDatabase(file);
const started = Date.now();
rebuildReportSummaries(db);
const rows = countReportSummaryRows(db);
db.close();
console.log(`统计汇总已重建：${file}，${rows} 行，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
