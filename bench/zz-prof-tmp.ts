import Database from 'better-sqlite3';
import { CalendarService } from '../src/main/services/calendar/calendar-service';
import { CatalogueService } from '../src/main/services/catalogue/catalogue-service';
import { pausedResults } from '../src/main/services/reports/paused-finished';
import { summaryCountsByDay } from '../src/main/services/reports/summary-queries';
import { registerWorkingDaysFunction } from '../src/main/services/reports/working-days-function';
const db = new Database('/tmp/w11/m2/halldesk.sqlite3', { readonly: true });
const calendar = new CalendarService(db).get();
registerWorkingDaysFunction(db).use(calendar);
const range = { from: '2026-03-01', to: '2026-03-31' };
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const a = summaryCountsByDay(db, 'clerk', range);
  const b = summaryCountsByDay(db, 'item', range);
  const t1 = performance.now() - t;
  t = performance.now();
  const p = pausedResults({ db, calendar, catalogue: new CatalogueService(db) }, [...a.paused, ...b.paused].map((x) => x.caseNo));
  console.log(`summaries ${t1.toFixed(1)} ms (${a.rows.length + b.rows.length} rows, ${a.paused.length} paused); paused clocks ${(performance.now() - t).toFixed(1)} ms (${p.size})`);
}
