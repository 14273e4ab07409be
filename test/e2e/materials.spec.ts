import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures/desk';
import { backend } from './fixtures/print-flows';
import { completeSetup } from './fixtures/flows';
import { fillPerson, items, personA, pickItem, submitIntake, takeShots } from './fixtures/intake-flows';
import { onePagePdf } from './fixtures/material-files';
import { webHostOnly } from './fixtures/web-host-only';
import { fakeCameraLaunchOptions } from './fixtures/chromium-launch';

/** Chromium's fake camera (a moving test pattern) and no permission prompt: no hardware needed. */
test.use({ launchOptions: fakeCameraLaunchOptions });

test('a clerk captures a two-page material with the camera and a PDF from a file; the next visit reuses the ID copy', async ({
  page,
}, testInfo) => {
  webHostOnly(testInfo, 'the fake camera flags are Chromium launch flags (web project)');
  test.slow();
  await completeSetup(page);
  await pickItem(page, 'shbzk', items.socialSecurityCard.code);
  await fillPerson(page, personA);
  await page.getByTestId('fill-all').click();

  // 拍摄: two pages of the application form with the fake camera, the second turned.
  const form = 'application-form-social-security-card';
  const panel = await takeShots(page, form, 2);
  await panel.getByTestId('capture-rotate').nth(1).click();
  await panel.getByTestId('capture-save').click();
  await expect(panel).toBeHidden();
  await expect(page.getByTestId(`material-page-count-${form}`)).toHaveText('2 页');

  // A scanned ID card as a PDF; a file of another kind is refused with the reason.
  await page
    .getByTestId('file-input-applicant-id')
    .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: onePagePdf() });
  await expect(page.getByTestId('material-page-count-applicant-id')).toHaveText('1 页');
  await page.getByTestId('file-input-photo').setInputFiles({ name: '照片.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(page.getByTestId('pages-error')).toContainText('不是 PDF、JPEG、PNG 或 TIFF 格式');

  const caseNo = await submitIntake(page);
  await page.getByTestId('result-open-case').click();
  const detail = page.getByTestId('case-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId(`material-pages-${form}`).getByTestId('page-thumb')).toHaveCount(2);
  await expect(detail.getByTestId(`material-pages-${form}`).locator('img').first()).toHaveJSProperty('complete', true);
  await detail.getByTestId(`material-page-count-${form}`).click();
  const viewer = page.getByTestId('page-viewer');
  await expect(viewer.getByTestId('page-large')).toBeVisible();
  await viewer.getByTestId('zoom-in').click();
  await expect(viewer.getByTestId('zoom-level')).toHaveText('150%');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await page.locator('.ant-drawer-close').click();
  await expect(detail).toBeHidden();
  expect(caseNo).toMatch(/^JC-03-/);

  // The same applicant comes back for another item: the ID copy on file is offered and reused with F8.
  await page.getByTestId('nav-intake').click();
  await expect(page.getByTestId('intake-screen')).toBeVisible();
  await pickItem(page, 'gtgsh', items.soleTrader.code);
  await fillPerson(page, personA);
  const offer = page.getByTestId('reuse-offer-applicant-id');
  await expect(offer).toContainText('申请人身份证件');
  await expect(offer).toContainText('有效至');
  await page.keyboard.press('F8');
  await expect(offer).toContainText('复用');
  await expect(page.getByTestId('material-pages-applicant-id').getByTestId('page-thumb')).toContainText('复用');
  await expect(page.getByTestId('material-page-count-applicant-id')).toHaveText('1 页');
});

test('a scanner folder: a scan goes on the line whose capture panel is open, else waits in the tray for F9', async ({ page }, testInfo) => {
  webHostOnly(testInfo, 'the fake camera flags are Chromium launch flags (web project)');
  test.slow();
  const folder = mkdtempSync(join(tmpdir(), 'halldesk-e2e-scanner-'));
  try {
    await completeSetup(page);
    const settings = await backend<Record<string, unknown>>(page, 'materials.settings', {});
    await backend(page, 'materials.updateSettings', { ...settings, scannerFolder: folder });
    await pickItem(page, 'shbzk', items.socialSecurityCard.code);
    await fillPerson(page, personA);

    // The capture panel of the application form is open: the scan goes on that line.
    const form = 'application-form-social-security-card';
    await page.getByTestId(`capture-${form}`).click();
    await expect(page.getByTestId('capture-panel').getByTestId('capture-take')).toBeVisible();
    writeFileSync(join(folder, 'scan-1.pdf'), onePagePdf('first'));
    await expect(page.getByTestId('capture-scans-taken')).toContainText('1 个', { timeout: 20_000 });
    await expect(page.getByTestId(`material-page-count-${form}`)).toHaveText('1 页');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('capture-panel')).toBeHidden();

    // No panel open: the scan waits in the tray; F9 puts it on the first line without pages.
    writeFileSync(join(folder, 'scan-2.pdf'), onePagePdf('second'));
    writeFileSync(join(folder, '照片.gif'), Buffer.from('GIF89a'));
    const tray = page.getByTestId('scan-tray');
    await expect(tray.getByTestId('scan-tray-file')).toHaveCount(2, { timeout: 20_000 });
    await expect(tray).toContainText('文件“照片.gif”不是 PDF、JPEG、PNG 或 TIFF 格式');
    await page.keyboard.press('F9');
    await expect(page.getByTestId('material-page-count-applicant-id')).toHaveText('1 页');
    await expect(tray.getByTestId('scan-tray-file')).toHaveCount(1);
    await tray.getByTestId('scan-tray-remove').click();
    await expect(tray).toBeHidden();

    // A material brought after intake is scanned onto the case: the tray is on the case's materials too.
    await page.getByTestId('fill-all').click();
    await submitIntake(page);
    await page.getByTestId('result-open-case').click();
    const detail = page.getByTestId('case-detail');
    await expect(detail.getByTestId('material-page-count-applicant-id')).toHaveText('1 页');
    writeFileSync(join(folder, 'scan-3.pdf'), onePagePdf('third'));
    await expect(detail.getByTestId('scan-tray').getByTestId('scan-tray-file')).toHaveCount(1, { timeout: 20_000 });
    await page.keyboard.press('F9');
    await expect(detail.getByTestId('scan-tray')).toBeHidden();
    // Every line has pages already: it goes on the first line (申请人身份证件, e.g. the back side brought later).
    await expect(detail.getByTestId('material-page-count-applicant-id')).toHaveText('2 页');
    expect(readdirSync(join(folder, '已导入')).sort()).toEqual(['scan-1.pdf', 'scan-2.pdf', 'scan-3.pdf']);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
