import { startTestCentre } from './fixtures/e2e-centre';
import { act, openFromQueue } from './fixtures/centre-web-flows';
import { departments, reviewerAtCentre, reviewers, setUpJointCaseCentre, syncDesk } from './fixtures/joint-case-centre';
import { closeCase, company, expect, lifecycleItems as items, openCase, registerFromPage, test } from './fixtures/lifecycle-flows';

const { market, insurance } = departments;

test('a joint case is worked by both departments at the centre and handed over at the window', async ({ page, browser }) => {
  // A real centre, its web app in three more browser contexts, and the whole life of a case, on a shared machine.
  test.setTimeout(480_000);
  const centre = await startTestCentre();
  try {
    await setUpJointCaseCentre(page, browser, centre.url);

    const caseNo = await registerFromPage(page, [items.companySetup, items.employerInsurance], company);
    await syncDesk(page);

    // Both departments see the case at once.
    const marketDesk = await reviewerAtCentre(browser, centre.url, reviewers.market);
    await openFromQueue(marketDesk, caseNo);
    await act(marketDesk, 'start', async () => {});
    const insuranceDesk = await reviewerAtCentre(browser, centre.url, reviewers.insurance);
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
