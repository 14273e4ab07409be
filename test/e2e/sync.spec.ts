import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { httpAdminActions } from '../../src/central/cli/http-admin-client';
import { centreAdminToken, startCentreProcess } from '../helpers/centre-process';
import { expect, test } from './fixtures/desk';
import { callFromPage, completeSetup } from './fixtures/flows';
import { enrolFromSyncPanel, freePort, startTestCentre, submitEnrolment } from './fixtures/e2e-centre';

async function registerFromPage(page: Page, count: number) {
  const plan = (await callFromPage(page, 'intake.plan', { itemCodes: ['32050000SB-GG-0001'] })) as {
    value: { materials: { key: string; necessity: string; originals: number; copies: number }[] };
  };
  const materials = plan.value.materials.map((m) => ({
    key: m.key,
    applicable: m.necessity !== 'conditional',
    originals: m.originals,
    copies: m.copies,
  }));
  for (let i = 0; i < count; i += 1) {
    const result = await callFromPage(page, 'cases.register', {
      requestId: crypto.randomUUID(),
      itemCodes: ['32050000SB-GG-0001'],
      applicant: { kind: 'person', idKind: 'resident', idNumber: '440524188001010014', name: `离线申请人${i}`, phone: '13812345678' },
      materials,
      decision: { kind: 'accept' },
    });
    expect(result).toMatchObject({ ok: true });
  }
}

test("a desk works with the centre down, syncs when it returns, and shows the centre's new catalogue version", async ({
  page,
  browser,
}) => {
  test.slow();
  const centreDir = mkdtempSync(join(tmpdir(), 'halldesk-e2e-centre-'));
  const port = await freePort();
  let centre = await startCentreProcess(centreDir, port);
  try {
    const admin = httpAdminActions(centre.url, centreAdminToken);
    await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
    const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });

    await completeSetup(page);
    await enrolFromSyncPanel(page, centre.url, enrolmentCode);
    await expect(page.getByTestId('sync-pending')).toHaveText('0');
    await page.keyboard.press('Escape');

    await centre.stop();
    await registerFromPage(page, 3);
    await page.getByTestId('sync-indicator').click();
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-error')).toContainText('无法连接中心平台');
    await expect(page.getByTestId('sync-pending')).toHaveText('3');
    await expect(page.getByTestId('sync-indicator')).toContainText('离线 · 待发送 3');

    centre = await startCentreProcess(centreDir, port);
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-pending')).toHaveText('0');
    await expect(page.getByTestId('sync-indicator')).toContainText('在线 · 待发送 0');

    const adminPage = await (await browser.newContext()).newPage();
    await adminPage.goto(`${centre.url}/admin?token=${centreAdminToken}`);
    await expect(adminPage.locator('body')).toContainText(/JC-03-\d{4}-000003/);

    const seed = JSON.parse(readFileSync('resources/catalogue/seed-catalogue.json', 'utf8')) as {
      items: { name: string; version: number }[];
    };
    const revised = { ...seed.items[3]!, version: 2, name: '个体工商户设立登记（中心新版）' };
    await admin.publishCatalogue(JSON.stringify({ ...seed, items: [revised] }), null);
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-pending')).toHaveText('0');
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-guide').click();
    await page.getByTestId('guide-search').fill('中心新版');
    await expect(page.getByTestId('guide-results').getByTestId('item-result').first()).toContainText('个体工商户设立登记（中心新版）');
  } finally {
    await centre.stop();
  }
});

test('a revoked desk stops and says 需要重新注册; the administrator enrols it again from the sync panel', async ({ page }) => {
  test.slow();
  const centre = await startTestCentre();
  try {
    const admin = httpAdminActions(centre.url, centreAdminToken);
    await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
    const enrol = async () => {
      const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
      await submitEnrolment(page, centre.url, enrolmentCode);
    };

    await completeSetup(page);
    await page.getByTestId('sync-indicator').click();
    await enrol();
    await expect(page.getByTestId('sync-pending')).toHaveText('0');

    await admin.revokeDesk({ hallCode: 'JC', deskNo: '03' });
    await registerFromPage(page, 1);
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-re-enrol')).toContainText('需要重新注册');
    await expect(page.getByTestId('sync-re-enrol')).toContainText('吊销');
    await expect(page.getByTestId('sync-now')).toBeHidden();
    await expect(page.getByTestId('sync-indicator')).toContainText('需要重新注册 · 待发送 1');

    await enrol();
    await expect(page.getByTestId('sync-re-enrol')).toBeHidden();
    await expect(page.getByTestId('sync-pending')).toHaveText('0');
    await expect(page.getByTestId('sync-indicator')).toContainText('在线 · 待发送 0');
  } finally {
    await centre.stop();
  }
});

test("the header's sync indicator follows the back end's status as it is pushed, without being asked", async ({ page }) => {
  await completeSetup(page);
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toContainText(/未接入中心 · 待发送 \d+/);
  const before = Number(/待发送 (\d+)/.exec((await indicator.textContent()) ?? '')![1]);
  // Registered outside the screen's own calls: only the back end's push can tell the header.
  await registerFromPage(page, 2);
  await expect(indicator).toContainText(`未接入中心 · 待发送 ${before + 2}`);
});
