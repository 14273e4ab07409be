import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryLayout } from '../../../src/main/services/reports/report-workbook';
import { figureColumns, trendColumns } from '../../../src/shared/reports/figure-columns';
import type { FigureRow, HallFigures } from '../../../src/shared/reports/report-schemas';
import type { TestDesk } from '../../helpers/test-backend';
import { sessions } from '../ratings/rating-fixtures';
import { smallHall } from './report-fixtures';

let desk: TestDesk;
beforeAll(async () => {
  ({ desk } = await smallHall());
}, 60_000);
afterAll(() => desk.close());

const zero = {
  received: 0,
  accepted: 0,
  deferred: 0,
  correctionNotices: 0,
  refusals: 0,
  finished: 0,
  finishedOnTime: 0,
  onTimeRate: null,
  avgWorkingDays: null,
  ratings: 0,
  satisfied: 0,
  satisfaction: null,
  badRatings: 0,
};
const row = (key: string, label: string, figures: Partial<FigureRow>): FigureRow => ({ ...zero, key, label, ...figures });
const figures = (input: { period: 'day' | 'week' | 'month'; date: string; groupBy: 'clerk' | 'item' | 'department' }) =>
  desk.call('reports.figures', input, sessions.supervisor);

describe('the day report of a small hall', () => {
  it('counts by clerk what each received, decided and was rated', async () => {
    const day = await figures({ period: 'day', date: '2026-03-02', groupBy: 'clerk' });
    expect(day.period).toEqual({ kind: 'day', from: '2026-03-02', to: '2026-03-02', label: '2026-03-02' });
    expect(day.total).toEqual(
      row('total', '全厅合计', {
        received: 5,
        accepted: 3,
        deferred: 1,
        correctionNotices: 1,
        refusals: 1,
        ratings: 3,
        satisfied: 2,
        satisfaction: 2 / 3,
        badRatings: 1,
      }),
    );
    expect(day.rows).toEqual([
      row('C001', '李窗口', { received: 3, accepted: 2, deferred: 1, correctionNotices: 1, ratings: 2, satisfied: 2, satisfaction: 1 }),
      row('A001', '王管理', { received: 2, accepted: 1, refusals: 1, ratings: 1, satisfaction: 0, badRatings: 1 }),
    ]);
    expect(day.trend).toEqual([
      { date: '2026-03-02', received: 5, accepted: 3, correctionNotices: 1, refusals: 1, finished: 0, ratings: 3, badRatings: 1 },
    ]);
  });

  it('counts a joint case once per item, and once for a department that has two of its items', async () => {
    const byItem = await figures({ period: 'day', date: '2026-03-02', groupBy: 'item' });
    expect(byItem.rows.map((r) => [r.label, r.received, r.accepted, r.deferred, r.ratings, r.badRatings])).toEqual([
      ['社会保障卡申领', 3, 1, 0, 1, 0],
      ['食品经营许可（新办）', 2, 2, 1, 2, 1],
      ['企业设立登记（有限责任公司）', 1, 1, 1, 1, 0],
    ]);
    const byDepartment = await figures({ period: 'day', date: '2026-03-02', groupBy: 'department' });
    expect(byDepartment.rows.map((r) => [r.label, r.received, r.accepted, r.deferred, r.ratings, r.satisfied, r.badRatings])).toEqual([
      ['江川市社会保险基金管理中心', 3, 1, 0, 1, 1, 0],
      ['江川市市场监督管理局', 2, 2, 1, 2, 1, 1],
    ]);
    expect(byDepartment.total.received).toBe(5);
  });
});

describe('the month and the week', () => {
  it('add the finished cases: on time against the due date the clock rules give, and working days used', async () => {
    const month = await figures({ period: 'month', date: '2026-03-15', groupBy: 'clerk' });
    expect(month.period).toMatchObject({ from: '2026-03-01', to: '2026-03-31', label: '2026年3月' });
    // A 1 day, on time; C 6 days, a day late; D 7 days less 2 paused = 5, on time after its pause.
    expect(month.total).toMatchObject({ received: 6, accepted: 4, finished: 3, finishedOnTime: 2, onTimeRate: 2 / 3, avgWorkingDays: 4 });
    expect(month.rows.find((r) => r.key === 'C001')).toMatchObject({
      received: 4,
      finished: 2,
      finishedOnTime: 1,
      onTimeRate: 0.5,
      avgWorkingDays: 3.5,
    });
    expect(month.rows.find((r) => r.key === 'A001')).toMatchObject({ finished: 1, finishedOnTime: 1, onTimeRate: 1, avgWorkingDays: 5 });
    expect(month.trend).toHaveLength(31);
    expect(month.trend.filter((p) => p.finished > 0).map((p) => [p.date, p.finished])).toEqual([
      ['2026-03-03', 1],
      ['2026-03-10', 1],
      ['2026-03-11', 1],
    ]);
  });

  it('runs Monday to Sunday', async () => {
    const week = await figures({ period: 'week', date: '2026-03-05', groupBy: 'clerk' });
    expect(week.period).toMatchObject({ from: '2026-03-02', to: '2026-03-08' });
    expect(week.total).toMatchObject({ received: 6, finished: 1, finishedOnTime: 1 });
    expect(week.trend.map((p) => p.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });

  it('is for supervisors and administrators only', async () => {
    expect(await desk.fail('reports.figures', { period: 'day', date: '2026-03-02' }, sessions.clerk)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

/** The 汇总 sheet's lines read back as figure rows, the way a spreadsheet user would see them. */
function readSummary(sheet: ExcelJS.Worksheet): { label: string; values: (number | null)[] }[] {
  const lines: { label: string; values: (number | null)[] }[] = [];
  sheet.eachRow((line, index) => {
    if (index < summaryLayout.totalRow) return;
    lines.push({
      label: String(line.getCell(1).value),
      values: figureColumns.map((_c, i) => {
        const value = line.getCell(i + 2).value;
        return value === null || value === undefined || value === '' ? null : Number(value);
      }),
    });
  });
  return lines;
}

const asLine = (r: FigureRow) => ({ label: r.label, values: figureColumns.map((c) => r[c.key]) });

describe('the Excel export', () => {
  it('holds exactly the numbers of the screen, read back with a spreadsheet library', async () => {
    const input = { period: 'month', date: '2026-03-02', groupBy: 'item' } as const;
    const screen: HallFigures = await figures(input);
    const exported = await desk.call('reports.exportXlsx', input, sessions.supervisor);
    expect(exported.figures).toEqual(screen);
    expect(exported.fileName).toBe('统计报表-月报-2026年3月-按事项.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.xlsxBase64, 'base64') as unknown as ArrayBuffer);
    const summary = book.getWorksheet('汇总')!;
    expect(summary.getRow(summaryLayout.headerRow).getCell(2).value).toBe('收件');
    expect(readSummary(summary)).toEqual([screen.total, ...screen.rows].map(asLine));
    const trend: (string | number)[][] = [];
    book.getWorksheet('每日趋势')!.eachRow((line, index) => {
      if (index > 1) trend.push((line.values as (string | number)[]).slice(1));
    });
    expect(trend).toEqual(screen.trend.map((p) => [p.date, ...trendColumns.map((c) => p[c.key])]));
  });
});
