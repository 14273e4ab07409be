import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { figureColumns, formatFigure } from '../../src/shared/reports/figure-columns';
import type { HallFigures } from '../../src/shared/reports/report-schemas';
import { completeSetup } from './fixtures/flows';
import {
  advanceClock,
  callAsRatingView,
  callOk,
  company,
  expect,
  lifecycleItems as items,
  openCase,
  registerFromPage,
  resident,
  test,
} from './fixtures/lifecycle-flows';

/*
 * 好差评 and 统计报表 through the running web host, with the test clock on Monday 2026-03-02:
 * the applicant rates on the rating screen (a second window of the same browser, opened from the
 * desk and brought to each invitation with its one-time token), a 差评 opens its
 * follow-up and reaches the supervisor board once overdue; the day's report matches the cases the
 * test registered, on screen and in the exported workbook read back with exceljs.
 */

async function ratingScreen(page: Page): Promise<Page> {
  const popup = page.waitForEvent('popup');
  await page.evaluate(() =>
    (globalThis as unknown as { open(url: string, name: string): unknown }).open('./rating-view/rating.html', 'halldesk-rating'),
  );
  const screen = await popup;
  await screen.waitForLoadState();
  return screen;
}

test('a 差评 given on the rating screen opens a follow-up that shows on the board once overdue', async ({ page }) => {
  await completeSetup(page);
  const caseNo = await registerFromPage(page, [items.socialCard], resident);
  const screen = await ratingScreen(page);
  await expect(screen.getByTestId('rating-idle')).toBeVisible();

  await openCase(page, caseNo);
  await page.getByTestId('invite-rating-acceptance').click();
  await expect(page.getByTestId('rating-waiting')).toContainText('受理');

  await expect(screen.getByTestId('rating-items')).toHaveText('办理事项：社会保障卡申领');
  await expect(screen.getByTestId('rating-clerk')).toContainText('王管理（工号 A001）');
  await expect(screen.getByText(resident.idNumber)).toHaveCount(0);
  await screen.getByTestId('rating-level-very-dissatisfied').click();
  await screen.getByTestId('rating-score-attitude-2').click();
  await screen.getByTestId('rating-comment').fill('排队时间太长，没人指引');
  await screen.getByTestId('rating-submit').click();
  await expect(screen.getByTestId('rating-thanks')).toBeVisible();

  await expect(page.getByTestId('case-rating-acceptance')).toContainText('非常不满意（差评整改中）');
  await expect(page.getByTestId('invite-rating-acceptance')).toHaveCount(0);
  // The clerk's own session can neither read the prompt nor answer it.
  const fromClerk = await page.evaluate(async () =>
    (
      await fetch('/api/ratings.pending', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ invitationId: 1, token: 'x' }),
      })
    ).json(),
  );
  expect(fromClerk).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  await page.locator('.ant-drawer-close').click();
  await page.getByTestId('nav-ratings').click();
  const row = page.getByTestId('follow-up-table').locator('tr', { hasText: caseNo });
  await expect(row.getByTestId('follow-up-status')).toHaveText('待回访');
  await expect(row).toContainText('2026-03-09'); // 5 working days after Monday 2026-03-02
  await expect(row).toContainText('排队时间太长');

  await page.getByTestId('nav-board').click();
  await expect(page.getByTestId('board-overdue-follow-ups')).toContainText('没有超期的差评整改');
  expect(await advanceClock(page, 8)).toBe('2026-03-10');
  const overdue = await callOk<{ caseNo: string; overdueDays: number }[]>(page, 'ratings.overdueFollowUps', {});
  expect(overdue.map((f) => [f.caseNo, f.overdueDays])).toEqual([[caseNo, 1]]);
  await page.getByTestId('nav-ratings').click();
  await page.getByTestId('nav-board').click();
  const late = page.getByTestId('board-overdue-follow-ups').locator('tr', { hasText: caseNo });
  await expect(late.getByTestId('follow-up-overdue')).toHaveText('超期 1 个工作日');

  await page.getByTestId('nav-ratings').click();
  await row.getByTestId('follow-up-callback').click();
  await page.getByTestId('follow-up-note').fill('已电话回访申请人，致歉并说明高峰时段安排');
  await page.getByTestId('follow-up-ok').click();
  await expect(row.getByTestId('follow-up-status')).toHaveText('已回访');
  await row.getByTestId('follow-up-close').click();
  await page.getByTestId('follow-up-note').fill('高峰时段增设导办人员');
  await page.getByTestId('follow-up-ok').click();
  await expect(page.getByTestId('follow-up-table').locator('tr', { hasText: caseNo })).toHaveCount(0);
  expect(await callOk<unknown[]>(page, 'ratings.overdueFollowUps', {})).toEqual([]);
});

test('the back end refuses an answer nobody asked for, and an invitation for a case that does not exist', async ({ page }) => {
  await completeSetup(page);
  const screen = await ratingScreen(page);
  const refused = await callAsRatingView(screen, 'ratings.submit', { invitationId: 1, token: 'x', level: 'satisfied' });
  expect(refused).toEqual({
    ok: false,
    error: { code: 'NOT_FOUND', message: '没有待评价的业务，请等候窗口工作人员发起评价', field: 'invitationId' },
  });
  const unknownCase = await page.evaluate(async () => {
    const response = await fetch('/api/ratings.invite', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ caseNo: 'JC-03-2026-999999', stage: 'acceptance' }),
    });
    return response.json();
  });
  expect(unknownCase).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: '未找到受理编号为 JC-03-2026-999999 的案件，不能邀请评价' },
  });
});

/** The report table's cells as the clerk reads them, by row key. */
async function screenRow(page: Page, key: string): Promise<string[]> {
  const row = page.getByTestId(`report-row-${key}`);
  return Promise.all(figureColumns.map((column) => row.locator(`[data-figure="${column.key}"]`).innerText()));
}

test('the report for the day matches the cases registered in the test, on screen and in the exported .xlsx', async ({ page }, testInfo) => {
  await completeSetup(page);
  await registerFromPage(page, [items.socialCard], resident);
  await registerFromPage(
    page,
    [items.socialCard],
    { ...resident, name: '李四', idNumber: '440524188001010014' },
    { missing: ['applicant-id'] },
  );
  await registerFromPage(
    page,
    [items.socialCard],
    { ...resident, name: '王五' },
    {
      decision: { kind: 'refuse', reasonKind: 'outside-powers', reasonText: '户籍不在本市', referTo: '户籍地社会保险经办机构' },
    },
  );
  const deferred = await registerFromPage(page, [items.companySetup, items.foodLicence], company, {
    missing: ['premises-proof'],
    decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-03' }] },
  });
  const invited = await callOk<{ id: number; viewToken: string }>(page, 'ratings.invite', { caseNo: deferred, stage: 'acceptance' });
  expect(
    await callAsRatingView(page, 'ratings.submit', { invitationId: invited.id, token: invited.viewToken, level: 'satisfied' }),
  ).toEqual({ ok: true, value: { ok: true } });

  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('report-period-label')).toHaveText('统计期：2026-03-02');
  await expect(page.getByTestId('report-figures')).toHaveAttribute('data-loading', 'false');
  const expected = {
    received: '4',
    accepted: '2',
    deferred: '1',
    correctionNotices: '1',
    refusals: '1',
    finished: '0',
    ratings: '1',
    satisfaction: '100.0%',
    badRatings: '0',
  };
  const total = await screenRow(page, 'total');
  const mine = await screenRow(page, 'A001');
  for (const [key, text] of Object.entries(expected)) {
    const index = figureColumns.findIndex((c) => c.key === key);
    expect(total[index], key).toBe(text);
    expect(mine[index], key).toBe(text);
  }
  await expect(page.getByTestId('report-total-received')).toContainText('4');
  await expect(page.getByTestId('report-chart-groups').locator('canvas')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByTestId('report-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('统计报表-日报-2026-03-02-按窗口人员.xlsx');
  const path = testInfo.outputPath('report.xlsx');
  await file.saveAs(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('汇总')!;
  const lines: Record<string, (number | null)[]> = {};
  sheet.eachRow((line, index) => {
    if (index < 5) return;
    lines[String(line.getCell(1).value)] = figureColumns.map((_c, i) => {
      const value = line.getCell(i + 2).value;
      return value === null || value === undefined ? null : Number(value);
    });
  });
  expect(Object.keys(lines)).toEqual(['全厅合计', '王管理']);
  const asText = (values: (number | null)[]) => values.map((value, i) => formatFigure(value, figureColumns[i]!.format));
  expect(asText(lines['全厅合计']!)).toEqual(total);
  expect(asText(lines['王管理']!)).toEqual(mine);

  const figures = await callOk<HallFigures>(page, 'reports.figures', { period: 'day', date: '2026-03-02', groupBy: 'clerk' });
  expect(lines['全厅合计']).toEqual(figureColumns.map((c) => figures.total[c.key]));
});
