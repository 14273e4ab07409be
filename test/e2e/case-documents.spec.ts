import { expect, test } from './fixtures/desk';
import { completeSetup } from './fixtures/flows';
import { backend, person, registerCase, socialCard } from './fixtures/print-flows';

test('the case page lists every document printed for it, 补打 marked, each reopening the stored PDF', async ({ page }) => {
  await completeSetup(page);
  const kase = await registerCase(page, { itemCodes: [socialCard.code], applicant: person, decision: () => ({ kind: 'accept' }) });
  const first = await backend<{ documentId: number; docNo: string }>(page, 'print.issue', {
    caseNo: kase.caseNo,
    docType: 'acceptance-notice',
  });
  await backend(page, 'print.issue', { caseNo: kase.caseNo, docType: 'acceptance-notice' });

  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-search').fill(kase.caseNo);
  await page.getByTestId('case-row-no').filter({ hasText: kase.caseNo }).click();
  const list = page.getByTestId('printed-documents');
  const rows = list.getByTestId('printed-doc-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('受理通知书');
  await expect(rows.nth(0)).toContainText(first.docNo);
  await expect(rows.nth(0)).toContainText('王管理');
  await expect(rows.nth(0)).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(rows.nth(0)).not.toContainText('补打');
  await expect(rows.nth(1)).toContainText('补打');
  await expect(rows.nth(1)).toContainText(first.docNo);

  const [tab] = await Promise.all([page.waitForEvent('popup'), rows.nth(0).getByTestId('printed-doc-open').click()]);
  expect(tab.url()).toContain(`/documents/${first.documentId}.pdf`);
  await tab.close();

  // A print from the case page shows up in the list at once.
  await page.getByTestId('case-detail').getByTestId('print-material-receipt').click();
  await expect(page.getByTestId('print-submit')).toBeFocused();
  await page.keyboard.press('Control+P');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('收件凭证');
});
