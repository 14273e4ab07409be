import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { httpAdminActions } from '../../src/central/cli/http-admin-client';
import { centreAdminToken } from '../helpers/centre-process';
import { startTestCentre } from './fixtures/e2e-centre';
import { batchOf, caseDetail, caseEvent } from '../unit/central/suite/desk-fixtures';

const market = '江川市市场监督管理局';
const health = '江川市卫生健康委员会';

/** Signs in through the API (the CSRF header any value when signing in) and answers a forced password change. */
async function signInApi(
  request: APIRequestContext,
  base: string,
  staffNo: string,
  password: string,
  newPassword: string,
): Promise<string> {
  const signIn = await request.post(`${base}/v1/work/session/sign-in`, {
    headers: { 'x-halldesk-csrf': 'sign-in' },
    data: { staffNo, password },
  });
  const session = (await signIn.json()) as { value: { csrfToken: string } };
  const changed = await request.post(`${base}/v1/work/session/change-password`, {
    headers: { 'x-halldesk-csrf': session.value.csrfToken },
    data: { currentPassword: password, newPassword },
  });
  return ((await changed.json()) as { value: { csrfToken: string } }).value.csrfToken;
}

test('a department reviewer finds a joint case in the queue, opens it, sees the other department, starts the review and asks for 补正', async ({
  page,
  playwright,
}) => {
  // A hang detector, not a speed check: the centre starts under tsx and each password step runs scrypt.
  test.setTimeout(180_000);
  const centre = await startTestCentre();
  const request = await playwright.request.newContext();
  try {
    const admin = httpAdminActions(centre.url, centreAdminToken);
    await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
    // A desk sends a joint case (食品经营许可 + 公共场所卫生许可), as its sync would.
    const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    const enrolled = (await (
      await request.post(`${centre.url}/v1/enrol`, { data: { enrolmentCode, hallCode: 'JC', deskNo: '03' } })
    ).json()) as {
      value: { deskId: string; credential: string };
    };
    const item = { version: 1, promisedDays: 5, promisedDate: '2026-12-10' };
    const detail = caseDetail('JC-03-2026-000001', 'JC', '03', {
      items: [
        { ...item, code: '32050000SJ-XK-0006', name: '食品经营许可（新办）', department: market },
        { ...item, code: '32050000WJ-XK-0001', name: '公共场所卫生许可（新办）', department: health },
      ],
    });
    const sent = await request.post(`${centre.url}/v1/batches`, {
      headers: { authorization: `Bearer ${enrolled.value.deskId}.${enrolled.value.credential}` },
      data: batchOf([caseEvent(detail)]),
    });
    expect(sent.status()).toBe(200);

    // The centre administrator creates the reviewer of 市场监管, who then signs in on the screen.
    const { temporaryPassword } = await admin.createCentreAdmin({ staffNo: 'A001', name: '王主任' });
    const csrf = await signInApi(request, centre.url, 'A001', temporaryPassword, 'Zhuren2026new');
    const created = await request.post(`${centre.url}/v1/work/accounts/create`, {
      headers: { 'x-halldesk-csrf': csrf },
      data: {
        staffNo: 'R001',
        name: '赵审批',
        role: 'department-reviewer',
        hallCode: null,
        department: market,
        initialPassword: 'Shenpi2026first',
      },
    });
    expect(created.status()).toBe(200);

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${centre.url}/work/`);
    await page.getByTestId('sign-in-staff-no').fill('R001');
    await page.getByTestId('sign-in-password').fill('Shenpi2026first');
    await page.getByRole('button', { name: '登 录' }).click();
    await page.getByTestId('current-password').fill('Shenpi2026first');
    await page.getByTestId('new-password').fill('Shenpi2026next');
    await page.getByTestId('repeat-password').fill('Shenpi2026next');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect(page.getByTestId('signed-in-user')).toContainText('赵审批');

    await page.getByRole('menuitem', { name: '审批队列' }).click();
    const queue = page.getByTestId('work-queue');
    // Only this department's sub-task: the 卫健委's item is not in its queue.
    await expect(queue.getByRole('cell', { name: '食品经营许可（新办）' })).toBeVisible();
    await expect(queue.getByRole('cell', { name: '公共场所卫生许可（新办）' })).toHaveCount(0);
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);

    // Keyboard: the first row is current; Enter opens it.
    await queue.getByRole('cell', { name: '食品经营许可（新办）' }).click();
    await page.keyboard.press('Enter');
    await expect(page.getByText('各部门办理情况（并联审批）')).toBeVisible();
    await expect(page.getByRole('cell', { name: health })).toBeVisible();
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);

    await page.getByTestId('action-start').click();
    await page.getByRole('dialog').getByRole('button', { name: '确 定' }).click();
    await expect(page.getByText('已办理，窗口下次同步时收到')).toBeVisible();
    await expect(page.getByTestId('action-decide')).toBeVisible();
    await expect(page.getByText('开始审查').last()).toBeVisible();

    // 要求补正 with a line typed in: the sub-task shows 待补正 and the history names what is missing.
    await page.getByTestId('action-request-materials').click();
    await page.getByRole('dialog').getByLabel('其他所缺材料（每行一项）').fill('卫生检测报告');
    await page.getByRole('dialog').getByRole('button', { name: '确 定' }).click();
    await expect(page.getByText('要求补正：卫生检测报告')).toBeVisible();
    await expect(page.getByTestId('action-decide')).toHaveCount(0);
  } finally {
    await request.dispose();
    await centre.stop();
  }
});
