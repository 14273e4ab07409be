import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { CalendarService } from '../../../src/main/services/calendar/calendar-service';
import { CatalogueService } from '../../../src/main/services/catalogue/catalogue-service';
import { ReportService } from '../../../src/main/services/reports/hall-figures';
import { registerWorkingDaysFunction } from '../../../src/main/services/reports/working-days-function';
import { periodRange } from '../../../src/shared/reports/report-period';

function store() {
  const db = new Database(':memory:');
  migrate(db);
  db.pragma('foreign_keys = OFF');
  return db;
}

describe('working days in SQL', () => {
  it('counts (from, to] across 劳动节 and its 调休 Saturday, and gives NULL outside the calendar', () => {
    const db = store();
    registerWorkingDaysFunction(db).use(new CalendarService(db).get());
    const days = (from: string | null, to: string) =>
      (db.prepare('SELECT halldesk_working_days(?, ?) AS n').get(from, to) as { n: number | null }).n;
    expect(days('2026-04-30', '2026-05-11')).toBe(5);
    expect(days('2026-03-02', '2026-03-02')).toBe(0);
    expect(days('2026-03-06', '2026-03-02')).toBe(-4);
    expect(days('2026-12-30', '2031-01-05')).toBeNull();
    expect(days(null, '2026-03-02')).toBeNull();
  });
});

describe('the report service', () => {
  it('works on a calendar not yet read (a report right after a calendar import)', () => {
    const db = store();
    db.prepare(
      `INSERT INTO cases (case_no, request_id, hall_code, desk_no, year, serial, state, decision, applicant_id, applicant_name,
         applicant_id_number, applicant_phone, applicant, item_names, received_at, received_on, accepted_on, promised_date,
         clerk_id, clerk_staff_no, clerk_name, decided_on)
       VALUES ('JC-03-2026-000001', 'r', 'JC', '03', 2026, 1, 'decided', 'accept', 1, '张三', 'x', 'x', '{}', '', 'x',
         '2026-04-30', '2026-04-30', '2026-05-11', 1, 'A001', '王管理', '2026-05-11')`,
    ).run();
    const reports = new ReportService({ db, calendar: new CalendarService(db), catalogue: new CatalogueService(db) });
    const month = reports.figures(
      { period: 'month', date: '2026-05-20', groupBy: 'clerk' },
      '江川市政务服务中心',
      new Date('2026-05-20T02:00:00Z'),
    );
    expect(month.total).toMatchObject({ received: 0, finished: 1, finishedOnTime: 1, onTimeRate: 1, avgWorkingDays: 5 });
    expect(month.rows).toEqual([expect.objectContaining({ key: 'A001', label: '王管理', finished: 1 })]);
  });

  it('takes weeks from Monday to Sunday and months whole, leap years included', () => {
    expect(periodRange('week', '2026-03-08')).toMatchObject({ from: '2026-03-02', to: '2026-03-08' });
    expect(periodRange('week', '2026-03-09')).toMatchObject({ from: '2026-03-09', to: '2026-03-15' });
    expect(periodRange('month', '2028-02-10')).toMatchObject({ from: '2028-02-01', to: '2028-02-29', label: '2028年2月' });
  });
});
