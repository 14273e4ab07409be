import { expect, test } from './fixtures/desk';
import { admin, callFromPage, completeSetup, login, logout } from './fixtures/flows';

test('first-run setup creates the hall and logs the administrator in', async ({ page }) => {
  await expect(page.getByText('首次使用：初始化受理台')).toBeVisible();
  await completeSetup(page);
  await expect(page.getByRole('banner')).toContainText('江川市政务服务中心 · 03 号窗口');
});

test('setup shows a Chinese message at the field for a weak password', async ({ page }) => {
  await page.getByTestId('setup-admin-password').fill('abc');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByText('密码至少8位')).toBeVisible();
});

test('login, wrong password and lockout speak Chinese', async ({ page }) => {
  await completeSetup(page);
  await logout(page);
  await login(page, admin.staffNo, 'WrongPass1');
  await expect(page.getByText('工号或密码错误，再错 4 次账号将被锁定')).toBeVisible();
  for (const left of [3, 2, 1]) {
    await login(page, admin.staffNo, 'WrongPass1');
    await expect(page.getByText(`工号或密码错误，再错 ${left} 次账号将被锁定`)).toBeVisible();
  }
  await login(page, admin.staffNo, 'WrongPass1');
  await expect(page.getByText(/账号已锁定，请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 后再试/)).toBeVisible();
  await login(page, admin.staffNo, admin.password);
  await expect(page.getByText(/^账号已锁定，请于 .* 后再试$/)).toBeVisible();
});

test('the administrator creates a clerk, who logs in without account management', async ({ page }) => {
  await completeSetup(page);
  await page.getByTestId('nav-users').click();
  await page.getByTestId('user-new').click();
  await page.getByTestId('user-staff-no').fill('C101');
  await page.getByTestId('user-name').fill('李窗口');
  await page.getByTestId('user-password').fill('Clerk2026x');
  await page.getByTestId('user-create-submit').click();
  await expect(page.getByTestId('users-table')).toContainText('李窗口');

  await logout(page);
  await login(page, 'C101', 'Clerk2026x');
  await expect(page.getByTestId('current-user')).toContainText('李窗口（窗口人员）');
  await expect(page.getByTestId('nav-users')).toHaveCount(0);
  const refused = await callFromPage(page, 'users.list', {});
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您的角色（窗口人员）无权查看账号' } });
});
