import type { Page } from '@playwright/test';
import { completeSetup } from './fixtures/flows';
import { items as intakeItems, pickItem } from './fixtures/intake-flows';
import {
  advanceClock,
  callOk,
  company,
  expect,
  lifecycleItems as items,
  openCase,
  registerFromPage,
  resident,
  test,
} from './fixtures/lifecycle-flows';

/*
 * A window's screen is 1366x768: every page must fit its width with no horizontal scrolling,
 * with real rows in its tables (a 差评 follow-up, red and yellow cases, a joint intake).
 */
const viewport = { width: 1366, height: 768 };

async function expectFits(page: Page, what: string) {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(width, `${what}：页面宽 ${width}px，超出 1366px`).toBeLessThanOrEqual(viewport.width);
}

test('every screen fits 1366x768 without horizontal scrolling, the print preview’s 打印 on screen', async ({ page }) => {
  test.slow(); // Every page of the desk, with data in it.
  await page.setViewportSize(viewport);
  await expect(page.getByTestId('setup-hall-name')).toBeVisible();
  await expectFits(page, '首次使用');
  await completeSetup(page);

  const caseNo = await registerFromPage(page, [items.socialCard], resident);
  await registerFromPage(page, [items.companySetup, items.employerInsurance], company);
  const invited = await callOk<{ id: number; viewToken: string }>(page, 'ratings.invite', { caseNo, stage: 'acceptance' });
  const rating = await page.context().newPage();
  await rating.setViewportSize(viewport);
  await rating.goto(new URL(`/rating-view/rating.html?invitation=${invited.id}&token=${invited.viewToken}`, page.url()).href);
  await expect(rating.getByTestId('rating-items')).toBeVisible();
  await expectFits(rating, '评价器');
  await rating.getByTestId('rating-level-very-dissatisfied').click();
  await rating.getByTestId('rating-score-attitude-2').click();
  await rating.getByTestId('rating-comment').fill('排队时间太长，没人指引，窗口工作人员态度一般，希望改进'.repeat(3));
  await rating.getByTestId('rating-submit').click();
  await expect(rating.getByTestId('rating-thanks')).toBeVisible();
  await expectFits(rating, '评价器（已评价）');
  await rating.close();
  await advanceClock(page, 8);

  // A joint intake with its full materials table.
  await page.getByTestId('nav-home').click();
  await page.keyboard.press('F2');
  await pickItem(page, '企业设立', intakeItems.companySetup.code);
  await pickItem(page, 'spjyxk', intakeItems.foodLicence.code);
  await expect(page.getByTestId('materials-table')).toBeVisible();
  await expectFits(page, '受理登记');

  const links = await page.locator('[data-testid^="nav-"]').all();
  const menu = (await Promise.all(links.map((link) => link.getAttribute('data-testid')))).filter((id): id is string => id !== null);
  expect(menu.length).toBeGreaterThanOrEqual(11);
  let onIntake = true;
  for (const nav of menu) {
    await page.getByTestId(nav).click();
    // The intake holds a draft: leaving it asks first.
    if (onIntake && nav !== 'nav-intake') await page.getByTestId('leave-intake-confirm').click();
    onIntake = nav === 'nav-intake';
    await expect(page.getByTestId(nav)).toHaveClass(/ant-menu-item-selected/);
    await expectFits(page, nav);
  }

  await openCase(page, caseNo);
  await expectFits(page, '案件详情');
  await page.getByTestId('case-detail').getByTestId('print-acceptance-notice').click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
  await expectFits(page, '打印预览');
  await expect(page.getByTestId('print-submit')).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('print-preview')).toBeHidden();
  await page.getByTestId('case-detail').getByTestId('print-acceptance-receipt').click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
  await expect(page.getByTestId('print-submit')).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Escape');
  await page.locator('.ant-drawer-close').click();

  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await expectFits(page, '登录');
});
