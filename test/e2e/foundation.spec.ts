import { expect, test } from './fixtures/desk';
import { admin, callFromPage, completeSetup, login, logout } from './fixtures/flows';

test('first-run setup creates the hall and logs the administrator in', async ({ page }) => {
  await expect(page.getByText('首次使用：初始化受理台')).toBeVisible();
  await completeSetup(page);
  await expect(page.getByRole('banner')).toContainText('江川市政务服务中心 · 03 号窗口');
});

test('setup shows a Chinese message at the field for a weak password, and asks for it twice', async ({ page }) => {
  await page.getByTestId('setup-admin-password').fill('abc');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByText('密码至少8位', { exact: true })).toBeVisible();
  await page.getByTestId('setup-admin-password').fill('Admin2026pass');
  await page.getByTestId('setup-admin-password-confirm').fill('Admin2026pasz');
  await page.getByTestId('setup-submit').click();
  await expect(page.getByText('两次输入的密码不一致')).toBeVisible();
});

test('a wrong password, and then the wait, answer with the same Chinese message', async ({ page }) => {
  await completeSetup(page);
  await logout(page);
  const refused = '工号或密码错误，或账号暂不可用';
  await login(page, admin.staffNo, 'WrongPass1');
  await expect(page.getByText(refused)).toBeVisible();
  // Four more from the same page (awaited one by one): the fifth failure makes it wait.
  for (let i = 0; i < 4; i += 1) {
    expect(await callFromPage(page, 'auth.login', { staffNo: admin.staffNo, password: 'WrongPass1' })).toMatchObject({
      ok: false,
      error: { message: refused },
    });
  }
  expect(await callFromPage(page, 'auth.login', { staffNo: admin.staffNo, password: admin.password })).toMatchObject({
    ok: false,
    error: { message: refused },
  });
  await login(page, 'NOBODY', 'WrongPass1');
  await expect(page.getByText(refused)).toBeVisible();
});

test('the administrator creates a clerk, who must change the first password before anything else', async ({ page }) => {
  await completeSetup(page);
  await page.getByTestId('nav-users').click();
  await page.getByTestId('user-new').click();
  await expect(page.getByText('密码至少8位，须同时包含字母和数字')).toBeVisible();
  await page.getByTestId('user-staff-no').fill('C101');
  await page.getByTestId('user-name').fill('李窗口');
  await page.getByTestId('user-password').fill('Clerk2026x');
  await page.getByTestId('user-password-confirm').fill('Clerk2026x');
  await page.getByTestId('user-create-submit').click();
  await expect(page.getByTestId('users-table')).toContainText('待改密');

  await logout(page);
  await login(page, 'C101', 'Clerk2026x');
  await expect(page.getByTestId('change-password-screen')).toBeVisible();
  expect(await callFromPage(page, 'cases.search', { query: '张三', todayOnly: false, page: 1, pageSize: 20 })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  await page.getByTestId('change-old-password').fill('Clerk2026x');
  await page.getByTestId('change-new-password').fill('MyOwn2026pw');
  await page.getByTestId('change-new-password-confirm').fill('MyOwn2026pw');
  await page.getByTestId('change-password-submit').click();
  await expect(page.getByTestId('current-user')).toContainText('李窗口（窗口人员）');
  await expect(page.getByTestId('nav-users')).toHaveCount(0);
  const refused = await callFromPage(page, 'users.list', {});
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您的角色（窗口人员）无权查看账号' } });
});

test('the administrator edits a name and role and resets a password on screen', async ({ page }) => {
  await completeSetup(page);
  await callFromPage(page, 'users.create', { staffNo: 'C101', name: '李窗口', role: 'clerk', password: 'Clerk2026x' });
  await page.getByTestId('nav-users').click();
  await page.getByTestId('user-edit-C101').click();
  await page.getByTestId('user-edit-name').fill('李新名');
  await page.getByTestId('user-edit-submit').click();
  await expect(page.getByTestId('users-table')).toContainText('李新名');
  await page.getByTestId('user-reset-C101').click();
  await page.getByTestId('user-reset-password').fill('C1012026');
  await page.getByTestId('user-reset-password-confirm').fill('C1012026');
  await page.getByTestId('user-reset-submit').click();
  await expect(page.getByText('密码不能是工号加数字')).toBeVisible();
  await page.getByTestId('user-reset-password').fill('Reset2026pw');
  await page.getByTestId('user-reset-password-confirm').fill('Reset2026pw');
  await page.getByTestId('user-reset-submit').click();
  await expect(page.getByTestId('users-table')).toContainText('待改密');
});
