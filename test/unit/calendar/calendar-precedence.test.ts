import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/main/db/open-database';
import { CalendarService } from '../../../src/main/services/calendar/calendar-service';
import type { CalendarData } from '../../../src/shared/calendar/calendar-schema';

const file = (source: string, year: string, holidays: Record<string, string>): CalendarData => ({
  format: 'halldesk-calendar',
  version: 1,
  source,
  years: { [year]: { holidays, workdays: {} } },
});

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'halldesk-calendar-'));
  db = openDatabase(join(dir, 'halldesk.sqlite3'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('calendar precedence per year: centre > desk import > shipped file', () => {
  it("keeps the centre's year over a later desk import, and a desk year over the shipped one", () => {
    const service = new CalendarService(db);
    service.importFromCentre(file('中心', '2027', { '2027-01-01': '元旦' }));
    const { shadowedByCentre } = service.importAtDesk(file('手工录入', '2027', { '2027-01-04': '错误录入' }));
    expect(shadowedByCentre).toEqual([2027]);
    expect(service.get().isWorkingDay('2027-01-04')).toBe(true);
    expect(service.get().isWorkingDay('2027-01-01')).toBe(false);
    service.importAtDesk(file('手工录入', '2026', { '2026-03-02': '测试' }));
    expect(service.get().isWorkingDay('2026-03-02')).toBe(false);
    expect(new CalendarService(db).years().map((y) => [y.year, y.origin])).toEqual([
      [2024, 'shipped'],
      [2025, 'shipped'],
      [2026, 'desk'],
      [2027, 'centre'],
    ]);
  });
});
