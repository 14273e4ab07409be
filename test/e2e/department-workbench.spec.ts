import type { Page } from '@playwright/test';
import { httpAdminActions } from '../../src/central/cli/http-admin-client';
import { centreAdminToken } from '../helpers/centre-process';
import { startTestCentre } from './fixtures/e2e-centre';
import { act, createReviewer, openCentre, openFromQueue, signInToCentre } from './fixtures/centre-web-flows';
import { completeSetup } from './fixtures/flows';
import { callOk, closeCase, company, expect, lifecycleItems as items, openCase, registerFromPage, test } from './fixtures/lifecycle-flows';

const market = '江川市市场监督管理局';
const insurance = '江川市社会保险基金管理中心';

/** The desk's 立即同步 (the sync panel's button makes the same call), waited for to the end: push, then pull. */
async function syncDesk(page: Page) {
  expect(await callOk(page, 'sync.now', {})).toMatchObject({ error: null, rejected: 0 });
}

test('a joint case is worked by both departments at the centre and handed over at the window', async ({ page, browser }) => {
  // A real centre, its web app in three more browser contexts, and the whole life of a case, on a shared machine.
  test.setTimeout(480_000);
  const centre = await startTestCentre();
  try {
    // Setting up the platform is the administrator's automation (the printed token); the case's work is all on screens.
    const admin = httpAdminActions(centre.url, centreAdminToken);
    await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
    const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    const { temporaryPassword } = await admin.createCentreAdmin({ staffNo: 'Z001', name: '赵中心' });
    await completeSetup(page);
    await callOk(page, 'sync.enrol', { centralUrl: centre.url, enrolmentCode });

    const manager = await openCentre(browser, centre.url);
    await signInToCentre(manager, 'Z001', temporaryPassword);
    await createReviewer(manager, { staffNo: 'B001', name: '孙市监', department: market, password: 'Shichang2026a' });
    await createReviewer(manager, { staffNo: 'B002', name: '周社保', department: insurance, password: 'Shebao2026a' });

    const caseNo = await registerFromPage(page, [items.companySetup, items.employerInsurance], company);
    await syncDesk(page);

    // Both departments see the case at once.
    const marketDesk = await openCentre(browser, centre.url);
    await signInToCentre(marketDesk, 'B001', 'Shichang2026a');
    await openFromQueue(marketDesk, caseNo);
    await act(marketDesk, 'start', async () => {});
    const insuranceDesk = await openCentre(browser, centre.url);
    await signInToCentre(insuranceDesk, 'B002', 'Shebao2026a');
    await openFromQueue(insuranceDesk, caseNo);

    // 社保 asks for a 补正: the desk shows 待补正, who asked, and prints the notice.
    await act(insuranceDesk, 'request-materials', async (dialog) => {
      await dialog.getByLabel('单位银行结算账户信息').check();
      await dialog.getByLabel('说明（窗口可见）').fill('账户名称与营业执照不一致');
    });
    await syncDesk(page);
    await syncDesk(page); // the next round sends the case as 待补正 (a desk syncs every few minutes anyway)
    await openCase(page, caseNo);
    await expect(page.getByTestId('lifecycle-state')).toHaveText('待补正');
    await expect(page.getByTestId('lifecycle-requested-by')).toContainText(`${insurance}要求补正`);
    await expect(page.getByTestId('subtask-state-1')).toHaveText('待补正');
    await expect(page.getByTestId('lifecycle-missing')).toContainText('单位银行结算账户信息');
    await page.getByTestId('print-correction-notice').click();
    await expect(page.getByTestId('print-preview')).toContainText(`经${insurance}审查，需要补正材料`);
    await expect(page.getByTestId('print-preview')).toContainText('单位银行结算账户信息');
    await page.keyboard.press('Escape');

    // The applicant brings it; the window records it and the case goes back to the centre.
    await page.getByTestId('lc-supply').click();
    await page.getByTestId('supply-submit').click();
    await expect(page.getByTestId('lifecycle-state')).toHaveText('办理中');
    await closeCase(page);
    await syncDesk(page);

    // Both decide.
    await insuranceDesk.reload();
    await expect(insuranceDesk.getByTestId('action-decide')).toBeVisible();
    await act(insuranceDesk, 'decide', async (dialog) => {
      await dialog.getByTestId('decision-document-no').fill('江社保登〔2026〕27号');
    });
    await marketDesk.reload();
    await act(marketDesk, 'decide', async (dialog) => {
      await dialog.getByLabel('部分准予').check();
      await dialog.getByTestId('decision-document-no').fill('(江)登字〔2026〕第21号');
    });
    await expect(insuranceDesk.getByTestId('action-decide')).toHaveCount(0);

    // The desk: 已办结 with both decisions, then 出件 with the 送达回证.
    await syncDesk(page);
    await openCase(page, caseNo);
    await expect(page.getByTestId('lifecycle-state')).toHaveText('已办结');
    await expect(page.getByTestId('subtask-state-0')).toHaveText('已办结 · 部分准予');
    await expect(page.getByTestId('subtask-doc-0')).toContainText('(江)登字〔2026〕第21号');
    await expect(page.getByTestId('subtask-doc-1')).toContainText('江社保登〔2026〕27号');
    await page.getByTestId('lc-deliver').click();
    await page.getByTestId('deliver-recipient').fill('李明');
    await page.getByTestId('deliver-recipient-id').fill('11010519491231002X');
    await page.getByTestId('deliver-documents').fill('营业执照正本1份、副本1份，社会保险登记证1份');
    await page.getByTestId('deliver-signed').check();
    await page.getByTestId('deliver-submit').click();
    await expect(page.getByTestId('lifecycle-state')).toHaveText('已出件');
    await page.getByTestId('print-delivery-receipt').click();
    await expect(page.getByTestId('print-preview')).toContainText(`${market}决定部分准予`);
    await expect(page.getByTestId('print-preview')).toContainText(`${insurance}决定准予`);
    await page.keyboard.press('Escape');
    await closeCase(page);
    await syncDesk(page);
  } finally {
    await centre.stop();
  }
});
