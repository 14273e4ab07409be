import { test as base, expect, type Page } from '@playwright/test';
import { freshDataDir, startWebDesk } from './fixtures/desk-process';
import { completeSetup } from './fixtures/flows';
import { openCase, registerFromPage, resident } from './fixtures/lifecycle-flows';
import { webHostOnly } from './fixtures/web-host-only';

/** Monday 2026-12-28, 09:30 in the hall: the shipped calendar ends with 2026. */
const lateDecember = '2026-12-28T01:30:00Z';
/** 居住证申领: 10 working days, so the promise reaches into 2027. */
const residencePermit = '32050000GA-GG-0001';

const test = base.extend<{ page: Page }>({
  page: async ({ browser }, use, testInfo) => {
    webHostOnly(testInfo, 'the test clock exists only in the web host');
    const desk = await startWebDesk(freshDataDir(), { HALLDESK_TEST_CLOCK: '1', HALLDESK_TEST_CLOCK_START: lateDecember });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(desk.launchUrl);
    await use(page);
    await context.close();
    await desk.stop();
  },
});

test('a case in late December is 暂定 until an administrator enters 2027 by hand on the 节假日安排 screen', async ({ page }) => {
  await completeSetup(page);
  await expect(page.getByTestId('calendar-header-warning')).toContainText('未导入2027年节假日安排，跨年承诺日期将按暂定计算');

  const caseNo = await registerFromPage(page, [residencePermit], resident);
  await openCase(page, caseNo);
  await expect(page.getByTestId('case-promised-date')).toHaveText('2027-01-11暂定');
  await expect(page.getByTestId('lifecycle-due')).toContainText('暂定');
  await page.locator('.ant-drawer-close').click();

  await page.getByTestId('calendar-header-link').click();
  const card = page.getByTestId('calendar-settings');
  await expect(card).toBeVisible();
  await expect(page.getByTestId('calendar-year')).toHaveValue('2027');
  await page.getByTestId('holiday-name-0').fill('元旦');
  await page.getByTestId('holiday-from-0').fill('2027-01-01');
  await page.getByTestId('holiday-to-0').fill('2027-01-01');
  await expect(page.getByTestId('preview-2027-01-01')).toHaveAttribute('data-kind', 'holiday');
  await expect(page.getByTestId('preview-2027-01-04')).toHaveAttribute('data-kind', 'workday');

  // A make-up day on a Monday is a typing mistake, and nothing is saved.
  await page.getByTestId('add-makeup').click();
  await page.getByTestId('makeup-name-0').fill('元旦调休');
  await page.getByTestId('makeup-date-0').fill('2027-01-04');
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-problems')).toContainText('调休上班日只能是周末');
  await expect(page.getByTestId('calendar-year-2027')).toHaveCount(0);
  await page.getByTestId('makeup-date-0').fill('2027-01-09');
  await expect(page.getByTestId('preview-2027-01-09')).toHaveAttribute('data-kind', 'makeup');

  await page.getByTestId('calendar-save').click();
  await expect(page.getByText('已保存 2027 年节假日安排，1 件暂定案件的承诺日期已重新核定')).toBeVisible();
  await expect(page.getByTestId('calendar-year-2027')).toContainText('本机导入');
  await expect(page.getByTestId('calendar-header-warning')).toHaveCount(0);
  expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);

  // Counted again under the real arrangement (元旦 off, 01-09 worked): firm, and not later.
  await openCase(page, caseNo);
  await expect(page.getByTestId('case-promised-date')).toHaveText('2027-01-11');
});
