import { expect, test } from '@playwright/test';
import { httpAdminActions } from '../../src/central/cli/http-admin-client';
import { centreAdminToken } from '../helpers/centre-process';
import { startTestCentre } from './fixtures/e2e-centre';

test('the first 中心管理员 signs in at /work, must change the temporary password, then reaches 账号管理', async ({ page }) => {
  // A hang detector, not a speed check: the centre starts under tsx and each password step runs scrypt.
  test.setTimeout(180_000);
  const centre = await startTestCentre();
  try {
    const { temporaryPassword } = await httpAdminActions(centre.url, centreAdminToken).createCentreAdmin({
      staffNo: 'A001',
      name: '王主任',
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${centre.url}/work/`);

    await page.getByTestId('sign-in-staff-no').fill('A001');
    await page.getByTestId('sign-in-password').fill('wrong-password-1');
    await page.getByRole('button', { name: '登 录' }).click();
    await expect(page.getByText('工号或密码错误')).toBeVisible();
    await page.getByTestId('sign-in-password').fill(temporaryPassword);
    await page.getByRole('button', { name: '登 录' }).click();

    await expect(page.getByText('须先修改密码才能继续使用')).toBeVisible();
    await page.getByTestId('current-password').fill(temporaryPassword);
    await page.getByTestId('new-password').fill('Zhuren2026new');
    await page.getByTestId('repeat-password').fill('Zhuren2026new');
    await page.getByRole('button', { name: '修改密码' }).click();

    await expect(page.getByTestId('signed-in-user')).toContainText('王主任（A001，中心管理员）');
    await page.getByRole('menuitem', { name: '账号管理' }).click();
    await expect(page.getByRole('cell', { name: 'A001' })).toBeVisible();
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);

    await page.reload();
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page.getByTestId('sign-in-staff-no')).toBeVisible();
  } finally {
    await centre.stop();
  }
});
