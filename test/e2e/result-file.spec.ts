import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { CentreProcess } from '../helpers/centre-process';
import { startTestCentre } from './fixtures/e2e-centre';
import { act, openFromQueue } from './fixtures/centre-web-flows';
import { reviewerAtCentre, reviewers, setUpJointCaseCentre, syncDesk } from './fixtures/joint-case-centre';
import { company, expect, lifecycleItems as items, openCase, registerFromPage, test } from './fixtures/lifecycle-flows';

const decisionPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function certificatePng(): Buffer {
  const png = new PNG({ width: 40, height: 30 });
  png.data.fill(200);
  return PNG.sync.write(png);
}

/** The department's reviewer starts its sub-task and decides 准予 with the result file. */
async function decideWithFile(
  reviewer: Page,
  caseNo: string,
  documentNo: string,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  await openFromQueue(reviewer, caseNo);
  await act(reviewer, 'start', async () => {});
  await reviewer.reload();
  await act(reviewer, 'decide', async (dialog) => {
    await dialog.getByTestId('decision-document-no').fill(documentNo);
    await dialog.getByTestId('decision-result-file').setInputFiles(file);
  });
  await expect(reviewer.getByTestId('action-decide')).toHaveCount(0);
}

test('the window opens the departments’ result files, and again once the centre is out of reach', async ({ page, browser }) => {
  // A real centre, its web app in three more browser contexts, on a shared machine.
  test.setTimeout(480_000);
  const refusedFrames: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to frame/i.test(message.text())) refusedFrames.push(message.text());
  });
  let centre: CentreProcess | null = await startTestCentre();
  try {
    await setUpJointCaseCentre(page, browser, centre.url);

    const caseNo = await registerFromPage(page, [items.companySetup, items.employerInsurance], company);
    await syncDesk(page);
    const marketDesk = await reviewerAtCentre(browser, centre.url, reviewers.market);
    await decideWithFile(marketDesk, caseNo, '(江)登字〔2026〕第21号', {
      name: '决定书.pdf',
      mimeType: 'application/pdf',
      buffer: decisionPdf,
    });
    const insuranceDesk = await reviewerAtCentre(browser, centre.url, reviewers.insurance);
    await decideWithFile(insuranceDesk, caseNo, '江社保登〔2026〕27号', {
      name: '登记证.png',
      mimeType: 'image/png',
      buffer: certificatePng(),
    });

    await syncDesk(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await openCase(page, caseNo);
    const pdfButton = page.getByTestId('subtask-result-file-0');
    await expect(pdfButton).toHaveText('查看结果文件');
    // Keyboard first: the button takes the focus and Enter opens the file.
    await pdfButton.focus();
    await page.keyboard.press('Enter');
    const viewer = page.getByTestId('result-file-viewer');
    const frame = viewer.getByTestId('result-file-frame');
    await expect(frame).toBeVisible();
    await expect(frame).toHaveAttribute('src', /^blob:/);
    await expect(viewer.getByTestId('result-file-hash')).toContainText('已核验');
    const box = await page.getByRole('dialog', { name: /^结果文件/ }).boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    // Closed with its ✕: once Chromium's PDF viewer in the frame has loaded it may hold the focus, and Escape with it.
    const dialog = page.getByRole('dialog', { name: /^结果文件/ });
    await page.locator('.ant-modal-close').click();
    await expect(dialog).toBeHidden();

    await page.getByTestId('subtask-result-file-1').click();
    await expect(viewer.getByTestId('result-file-image')).toBeVisible();
    expect(await page.evaluate<number>(`document.querySelector('[data-testid="result-file-image"]').naturalWidth`)).toBe(40);
    await page.keyboard.press('Escape');

    // The centre out of reach: both were kept at the desk and open as before.
    await centre.stop();
    centre = null;
    await page.reload();
    await openCase(page, caseNo);
    await page.getByTestId('subtask-result-file-0').click();
    await expect(viewer.getByTestId('result-file-frame')).toBeVisible();
    expect(refusedFrames).toEqual([]);
  } finally {
    await centre?.stop();
  }
});
