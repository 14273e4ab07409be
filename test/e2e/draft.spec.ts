import { expect, test } from './fixtures/desk';
import { admin, completeSetup, login } from './fixtures/flows';
import { items, personA, pickItem, submitIntake } from './fixtures/intake-flows';
import { backend } from './fixtures/print-flows';
import { onePagePdf } from './fixtures/material-files';

const clerk = { staffNo: 'C201', name: '赵窗口', password: 'Clerk2026x' };

test('a half-typed case survives a reload and a logout, is the user’s own, asks before leaving and goes when registered', async ({
  page,
}) => {
  test.slow(); // Three sign-ins and three reloads.
  await completeSetup(page);
  await backend(page, 'users.create', { staffNo: clerk.staffNo, name: clerk.name, role: 'clerk', password: clerk.password });
  await pickItem(page, 'gtgsh', items.soleTrader.code);
  await page.getByTestId('applicant-id-number').fill(personA.idNumber);
  await page.getByTestId('applicant-name').fill(personA.name);
  await page.getByRole('switch', { name: '家庭经营？' }).click();
  await page
    .getByTestId('file-input-applicant-id')
    .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: onePagePdf() });
  await expect(page.getByTestId('material-page-count-applicant-id')).toHaveText('1 页');

  await page.reload();
  await expect(page.getByTestId('selected-items')).toContainText(items.soleTrader.name);
  await expect(page.getByTestId('applicant-name')).toHaveValue(personA.name);
  await expect(page.getByTestId('applicant-id-number')).toHaveValue(personA.idNumber);
  await expect(page.getByRole('switch', { name: '家庭经营？' })).toBeChecked();
  // The pages captured for the draft hang on its id, which the kept draft carries.
  await expect(page.getByTestId('material-page-count-applicant-id')).toHaveText('1 页');

  // Leaving asks first; 继续受理 stays.
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('leave-intake-cancel').click();
  await expect(page.getByTestId('intake-screen')).toBeVisible();

  await page.getByTestId('logout').click();
  await page.getByTestId('leave-intake-confirm').click();
  await expect(page.getByTestId('login-submit')).toBeVisible();

  // Another clerk at the same PC never sees it.
  await login(page, clerk.staffNo, clerk.password);
  await expect(page.getByTestId('current-user')).toContainText(clerk.name);
  await expect(page.getByTestId('item-search')).toBeFocused();
  await expect(page.getByTestId('selected-items')).toHaveCount(0);
  await expect(page.getByTestId('applicant-name')).toHaveValue('');
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-submit')).toBeVisible();

  await login(page, admin.staffNo, admin.password);
  await expect(page.getByTestId('selected-items')).toContainText(items.soleTrader.name);
  await expect(page.getByTestId('applicant-name')).toHaveValue(personA.name);

  // Registered: the draft is gone, after a reload too.
  await page.getByTestId('applicant-phone').fill(personA.phone);
  await page.keyboard.press('F7');
  await page.getByTestId('material-originals-family-member-id').fill('1');
  await page.getByTestId('material-copies-family-member-id').fill('1');
  await submitIntake(page);
  await page.reload();
  await expect(page.getByTestId('item-search')).toBeVisible();
  await expect(page.getByTestId('selected-items')).toHaveCount(0);
  await expect(page.getByTestId('applicant-name')).toHaveValue('');
});
