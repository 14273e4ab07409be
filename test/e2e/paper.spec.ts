import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures/desk';
import { freshDataDir, startWebDesk } from './fixtures/desk-process';
import { completeSetup, paperSettings } from './fixtures/flows';
import { chooseRefusal, fillPerson, findCase, items, personB, pickItem, submitIntake } from './fixtures/intake-flows';
import { backend, pdfText, person, registerCase, socialCard } from './fixtures/print-flows';
import { webHostOnly } from './fixtures/web-host-only';

/*
 * Paper that is evidence: a download before printing is a marked preview, never the original;
 * nothing prints while a setting the paper names is missing; a refusal shows the refusal only.
 */

test('下载PDF before printing saves a marked preview copy; the first 打印 is the original, never 补打', async ({ page }, testInfo) => {
  webHostOnly(testInfo, 'the desktop app saves downloads through its own dialog');
  await completeSetup(page);
  const kase = await registerCase(page, { itemCodes: [socialCard.code], applicant: person, decision: () => ({ kind: 'accept' }) });
  await page.goto(new URL(`/print/preview.html?case=${kase.caseNo}&doc=acceptance-notice`, page.url()).href);
  await expect(page.getByTestId('print-preview')).toContainText(kase.caseNo);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-download').click()]);
  expect(download.suggestedFilename()).toBe(`受理通知书-${kase.caseNo}-预览件.pdf`);
  const previewPath = testInfo.outputPath('preview-copy.pdf');
  await download.saveAs(previewPath);
  const previewText = pdfText(previewPath);
  expect(previewText).toContain('预览件（未正式打印）');
  expect(previewText).not.toMatch(/JC受字/);
  await expect(page.getByText('已下载预览件')).toBeVisible();
  expect(await backend<unknown[]>(page, 'print.documents', { caseNo: kase.caseNo })).toEqual([]);

  // The button still says 打印, and what it prints is the original.
  await expect(page.getByTestId('print-submit')).toHaveText(/^打\s*印/);
  await expect(page.getByTestId('print-submit')).not.toContainText('补打');
  await page.getByTestId('print-submit').click();
  await expect(page.getByText(/^打印 JC受字/)).toBeVisible();
  const stored = await backend<{ documentId: number; reprint: boolean }[]>(page, 'print.documents', { caseNo: kase.caseNo });
  expect(stored.map((d) => d.reprint)).toEqual([false]);
  const response = await page.request.get(new URL(`/documents/${stored[0]!.documentId}.pdf`, page.url()).href);
  const originalPath = testInfo.outputPath('original.pdf');
  writeFileSync(originalPath, await response.body());
  const original = pdfText(originalPath);
  expect(original).not.toContain('补打');
  expect(original).not.toContain('预览件');
});

test('nothing prints until the status site, 复议机关 and 法院 are set; the message says what and where', async ({ page }) => {
  await completeSetup(page, { paper: false });
  const refused = await registerCase(page, {
    itemCodes: [socialCard.code],
    applicant: { ...person, name: '王五' },
    decision: () => ({ kind: 'refuse', reasonKind: 'outside-powers', reasonText: '户籍不在本市', referTo: '户籍地社会保险经办机构' }),
  });
  const previewUrl = new URL(`/print/preview.html?case=${refused.caseNo}&doc=refusal-notice`, page.url()).href;
  const home = page.url();
  await page.goto(previewUrl);
  await expect(page.getByRole('alert')).toContainText('“办理进度查询网址”、“行政复议机关”、“行政诉讼的人民法院”');
  await expect(page.getByRole('alert')).toContainText('系统设置 → 打印设置');
  await expect(page.getByTestId('print-submit')).toBeDisabled();

  await page.goto(home);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-status-url').fill(paperSettings.statusBaseUrl);
  await page.getByTestId('settings-review-authority').fill(paperSettings.reviewAuthority);
  await page.getByTestId('settings-litigation-court').fill(paperSettings.litigationCourt);
  await page.getByTestId('print-settings-save').click();
  await expect(page.getByText('打印设置已保存')).toBeVisible();

  await page.goto(previewUrl);
  await expect(page.getByTestId('print-preview')).toContainText(`60日内向${paperSettings.reviewAuthority}申请行政复议`);
  await expect(page.getByTestId('print-preview')).toContainText(paperSettings.litigationCourt);
});

test('the 不予受理 result shows the refusal only, not a list of materials to bring', async ({ page }) => {
  await completeSetup(page);
  await pickItem(page, '社会保障卡', items.socialSecurityCard.code);
  await fillPerson(page, personB);
  await chooseRefusal(page, '申请事项依法不属于本机关职权范围', '申请人户籍和参保关系均在外省，社会保障卡应向参保地申领');
  await page.getByTestId('refusal-refer-to').fill('广东省揭阳市人力资源和社会保障局');
  await submitIntake(page);
  await expect(page.getByTestId('result-refusal')).toContainText('广东省揭阳市人力资源和社会保障局');
  await expect(page.getByTestId('result-missing')).toHaveCount(0);
  await expect(page.getByTestId('intake-result')).not.toContainText('一次性告知');
});

test('times on screen are the hall’s (Asia/Shanghai) with the desk on New York time and the browser on Los Angeles time', async ({
  browser,
}) => {
  // 01:30 UTC on 2 March: 09:30 in the hall, 20:30 the day before in New York, 17:30 in Los Angeles.
  const desk = await startWebDesk(freshDataDir(), {
    TZ: 'America/New_York',
    HALLDESK_TEST_CLOCK: '1',
    HALLDESK_TEST_CLOCK_START: '2026-03-02T01:30:00Z',
  });
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(desk.launchUrl);
    await completeSetup(page);
    const kase = await registerCase(page, { itemCodes: [socialCard.code], applicant: person, decision: () => ({ kind: 'accept' }) });
    await page.getByTestId('nav-cases').click();
    await findCase(page, kase.caseNo, kase.caseNo);
    await expect(page.getByTestId('cases-table')).toContainText(/2026-03-02 09:3\d/);
    await page.getByTestId('nav-audit').click();
    await expect(page.getByRole('table')).toContainText(/2026-03-02 09:3\d:\d\d/);
    await expect(page.getByRole('table')).not.toContainText('2026-03-01');
  } finally {
    await context.close();
    await desk.stop();
  }
});
