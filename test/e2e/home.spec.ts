import { expect, test } from './fixtures/desk';
import { completeSetup } from './fixtures/flows';
import { backend, companySetup, enterprise, person, registerCase, socialCard } from './fixtures/print-flows';

test('工作台 shows the clerk’s day: today’s cases, 容缺 owed, unsent changes and the shortcuts', async ({ page }) => {
  await completeSetup(page);
  const card = await registerCase(page, { itemCodes: [socialCard.code], applicant: person, decision: () => ({ kind: 'accept' }) });
  const deferred = await registerCase(page, {
    itemCodes: [companySetup.code],
    applicant: enterprise,
    missing: ['premises-proof'],
    decision: (plan) => ({
      kind: 'accept-deferred',
      commitmentSigned: true,
      deadlines: [{ key: 'premises-proof', date: plan.defaultSupplyDeadline }],
    }),
  });
  const overview = await backend<{ unsentChanges: number }>(page, 'home.overview', {});

  await page.getByTestId('nav-home').click();
  const home = page.getByTestId('home');
  await expect(page.getByTestId('home-figure-today')).toContainText('2');
  await expect(page.getByTestId('home-figure-deferred')).toContainText('1');
  await expect(page.getByTestId('home-figure-unsent')).toContainText(String(overview.unsentChanges));
  await expect(page.getByTestId('home-today').getByTestId('home-today-row')).toHaveCount(2);
  await expect(page.getByTestId('home-today')).toContainText(card.caseNo);
  await expect(page.getByTestId('home-deferred')).toContainText('住所（经营场所）使用证明');
  await expect(home.getByTestId('home-shortcuts')).toContainText('F7');

  // A row opens the case; 新的受理 goes to the intake search.
  await page.getByTestId('home-deferred-row').first().click();
  await expect(page.getByTestId('detail-case-no')).toHaveText(deferred.caseNo);
  await page.keyboard.press('Escape');
  await page.getByTestId('home-new-case').click();
  await expect(page.getByTestId('item-search')).toBeFocused();
});
