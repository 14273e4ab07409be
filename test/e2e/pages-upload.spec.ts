import { createHash } from 'node:crypto';
import { httpAdminActions } from '../../src/central/cli/http-admin-client';
import { centreAdminToken } from '../helpers/centre-process';
import { enrolFromSyncPanel, startTestCentre } from './fixtures/e2e-centre';
import { samplePdf } from '../helpers/material-files';
import { expect, test } from './fixtures/desk';
import { callFromPage, completeSetup } from './fixtures/flows';
import { fillPerson, items, personA, pickItem, submitIntake, takeShots } from './fixtures/intake-flows';
import { webHostOnly } from './fixtures/web-host-only';
import { fakeCameraLaunchOptions } from './fixtures/chromium-launch';

/** Chromium's fake camera and no permission prompt (fixtures/chromium-launch.ts). */
test.use({ launchOptions: fakeCameraLaunchOptions });

test('pages captured with the camera and from a PDF reach the centre after the case, with equal hashes', async ({ page }, testInfo) => {
  webHostOnly(testInfo, 'the fake camera flags are Chromium launch flags (web project)');
  test.slow();
  const centre = await startTestCentre();
  try {
    const admin = httpAdminActions(centre.url, centreAdminToken);
    await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
    const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    await completeSetup(page);
    await enrolFromSyncPanel(page, centre.url, enrolmentCode);
    await page.keyboard.press('Escape');

    // 拍摄: two pages of the application form with the fake camera; the ID card as a scanned PDF.
    await pickItem(page, 'shbzk', items.socialSecurityCard.code);
    await fillPerson(page, personA);
    await page.getByTestId('fill-all').click();
    const form = 'application-form-social-security-card';
    const panel = await takeShots(page, form, 2);
    await panel.getByTestId('capture-save').click();
    await expect(page.getByTestId(`material-page-count-${form}`)).toHaveText('2 页');
    await page
      .getByTestId('file-input-applicant-id')
      .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: samplePdf(1) });
    await expect(page.getByTestId('material-page-count-applicant-id')).toHaveText('1 页');
    const caseNo = await submitIntake(page);
    await page.getByTestId('result-new').click();
    await expect(page.getByTestId('intake-result')).toBeHidden();

    const listed = (await callFromPage(page, 'materials.list', { target: { caseNo } })) as { value: { sha256: string; mime: string }[] };
    const pages = listed.value;
    expect(pages.map((p) => p.mime).sort()).toEqual(['application/pdf', 'image/jpeg', 'image/jpeg']);

    // Sync: the case goes first, then its pages; the panel counts them down to none.
    await page.getByTestId('sync-indicator').click();
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-pending')).toHaveText('0');

    // Before the case is acknowledged nothing is queued, so "0 pages pending" alone proves nothing: read them back.
    const readBack = async (sha256: string) => {
      const response = await fetch(`${centre.url}/v1/pages/${sha256}`, { headers: { authorization: `Bearer ${centreAdminToken}` } });
      return response.ok
        ? createHash('sha256')
            .update(Buffer.from(await response.arrayBuffer()))
            .digest('hex')
        : `HTTP ${response.status}`;
    };
    for (const { sha256 } of pages) await expect.poll(() => readBack(sha256), { timeout: 30_000 }).toBe(sha256);
    // The panel counts down by itself: a status read answered before the last upload ended (立即同步 asks again
    // when it returns) must not put the older count back over the push that came after it (read-beside-pushes.ts).
    await expect(page.getByTestId('sync-pages-pending')).toHaveText('0');
  } finally {
    await centre.stop();
  }
});
