import { completeSetup, login, logout, admin } from './fixtures/flows';
import {
  callAsRatingView,
  callOk,
  choose,
  expect,
  lifecycleItems as items,
  openCase,
  registerFromPage,
  resident,
  test,
} from './fixtures/lifecycle-flows';

const supervisor = { staffNo: 'S001', name: '赵科长', password: 'Passw0rd2026' };

test('作废 of a mistaken case needs a supervisor’s 工号 and password on the clerk’s screen; the case stays, marked 已作废', async ({
  page,
}) => {
  await completeSetup(page);
  await callOk(page, 'users.create', { ...supervisor, role: 'supervisor' });
  const caseNo = await registerFromPage(page, [items.socialCard], resident);
  await openCase(page, caseNo);

  await page.getByTestId('void-case').click();
  await page.getByTestId('void-reason').fill('事项选错，重新登记');
  await page.getByTestId('void-approver').fill(admin.staffNo);
  await page.getByTestId('void-password').fill(admin.password);
  await page.getByTestId('void-submit').click();
  await expect(page.getByTestId('void-error')).toContainText('不是在用的督查/科长账号');
  await page.getByTestId('void-approver').fill(supervisor.staffNo);
  await page.getByTestId('void-password').fill('wrong-pass1');
  await page.getByTestId('void-submit').click();
  await expect(page.getByTestId('void-error')).toContainText('审批人工号或密码错误');
  await page.getByTestId('void-password').fill(supervisor.password);
  await page.getByTestId('void-submit').click();

  await expect(page.getByTestId('detail-state')).toHaveText('已作废');
  await expect(page.getByTestId('lifecycle-history')).toContainText('作废（误登记）：事项选错，重新登记。审批人：赵科长（S001）');
  await expect(page.getByTestId('void-case')).toHaveCount(0);
  await expect(page.getByTestId('print-acceptance-notice')).toHaveCount(0);
  // The next case gets the next number; the voided one is still listed, marked.
  const next = await registerFromPage(page, [items.socialCard], resident);
  expect(Number(next.slice(-6))).toBe(Number(caseNo.slice(-6)) + 1);
  await page.locator('.ant-drawer-close').click();
  await page.getByTestId('case-search').fill(next);
  await expect(page.getByTestId('cases-table')).toContainText(next);
  await page.getByTestId('case-search').fill(caseNo);
  await expect(page.getByTestId('cases-table')).toContainText('已作废');
});

test('审计日志 reads as sentences in hall time with Chinese action names, filtered by person, action and day', async ({ page }) => {
  await completeSetup(page);
  await callOk(page, 'users.create', { ...supervisor, role: 'supervisor' });
  await logout(page);
  await login(page, supervisor.staffNo, supervisor.password);
  await expect(page.getByTestId('current-user')).toContainText(supervisor.name);
  await page.getByTestId('nav-audit').click();
  const table = page.getByTestId('audit-table');
  await expect(table.getByTestId('audit-action').first()).toHaveText('登录');
  // The test clock starts at 09:30 in the hall (01:30 UTC).
  await expect(table.getByTestId('audit-time').first()).toContainText('2026-03-02 09:30');
  await expect(table).toContainText('创建账号');
  await expect(table).not.toContainText('{"');

  await choose(page, 'audit-person-filter', `${supervisor.name}（${supervisor.staffNo}）`);
  await expect(table.getByTestId('audit-action')).toHaveText(['登录']);
  await page.getByTestId('audit-person-filter').locator('.ant-select-clear').click({ force: true });
  await choose(page, 'audit-action-filter', '创建账号');
  await expect(table.getByTestId('audit-action')).toHaveText(['创建账号', '创建账号']); // the administrator at setup, then the supervisor
  await expect(table.getByTestId('audit-sentence').first()).toContainText('创建账号（账号 ');

  await page.getByPlaceholder('全部日期').fill('2026-03-03');
  await page.getByPlaceholder('全部日期').press('Enter');
  await expect(table.getByTestId('audit-action')).toHaveCount(0);
  await page.getByPlaceholder('全部日期').fill('2026-03-02');
  await page.getByPlaceholder('全部日期').press('Enter');
  await expect(table.getByTestId('audit-action')).toHaveText(['创建账号', '创建账号']); // the administrator at setup, then the supervisor
});

test('日结 with a hand-over note the next person sees, and a 催办 from the board reaching the clerk', async ({ page }) => {
  test.setTimeout(180_000); // four logins, each hashing a password
  await completeSetup(page);
  // 日结 joins the menu row: every page still reachable without an overflow menu.
  await expect(page.getByTestId('nav-settings')).toBeVisible();
  await expect(page.getByTestId('nav-ledger')).toBeVisible();
  await callOk(page, 'users.create', { ...supervisor, role: 'supervisor' });
  await callOk(page, 'users.create', { staffNo: 'C001', name: '李窗口', role: 'clerk', password: supervisor.password });
  await logout(page);
  await login(page, 'C001', supervisor.password);
  await expect(page.getByTestId('current-user')).toContainText('李窗口');
  const caseNo = await registerFromPage(page, [items.foodLicence], resident); // 5 working days, due 2026-03-09
  await page.getByTestId('nav-ledger').click();
  await expect(page.getByTestId('ledger-total')).toHaveText('1 件');
  await expect(page.getByTestId('ledger-cases')).toContainText(caseNo);
  await page.getByTestId('ledger-note').fill('食品经营许可一件待补充现场照片，明早跟进。');
  await page.getByTestId('ledger-note-save').click();
  await expect(page.getByText('交接说明已保存').first()).toBeVisible();
  await logout(page);

  await login(page, admin.staffNo, admin.password);
  await expect(page.getByTestId('handover-notice')).toContainText('食品经营许可一件待补充现场照片');
  expect((await callOk<{ today: string }>(page, 'testing.advanceClock', { days: 3 })).today).toBe('2026-03-05');
  await logout(page);
  await login(page, supervisor.staffNo, supervisor.password);
  await page.getByTestId('nav-board').click();
  await expect(page.getByTestId(`clock-level-${caseNo}`)).toHaveText('临期');
  await page.getByTestId(`urge-${caseNo}`).click();
  await page.getByTestId('urge-note').fill('申请人来电催问');
  await page.getByTestId('urge-confirm').click();
  await expect(page.getByText('已催办，已通知经办人李窗口').first()).toBeVisible();
  await logout(page);

  await login(page, 'C001', supervisor.password);
  await page.getByTestId('notifications').click();
  await expect(page.getByTestId('notification-item')).toContainText(`赵科长催办案件 ${caseNo}`);
  await page.getByTestId('notification-read').click();
  await expect(page.getByTestId('notification-item')).toHaveCount(0);
});

test('a supervisor gives a 差评 follow-up to someone other than the rated clerk, picked from a list without them', async ({ page }) => {
  test.setTimeout(180_000);
  await completeSetup(page);
  await callOk(page, 'users.create', { ...supervisor, role: 'supervisor' });
  await callOk(page, 'users.create', { staffNo: 'C001', name: '李窗口', role: 'clerk', password: supervisor.password });
  const caseNo = await registerFromPage(page, [items.socialCard], resident); // by the administrator, who is then rated
  const invited = await callOk<{ id: number; viewToken: string }>(page, 'ratings.invite', { caseNo, stage: 'acceptance' });
  // The applicant rates on the rating view, with the invitation's one-time token (never the clerk's session).
  const rated = await callAsRatingView(page, 'ratings.submit', {
    invitationId: invited.id,
    token: invited.viewToken,
    level: 'dissatisfied',
    scores: {},
  });
  expect(rated).toMatchObject({ ok: true });
  await logout(page);

  await login(page, supervisor.staffNo, supervisor.password);
  await page.getByTestId('nav-ratings').click();
  const row = page.getByTestId('follow-up-table').locator('tr', { hasText: caseNo });
  await expect(row).toContainText(supervisor.name); // it waits with the supervisor, not with 王管理
  await row.getByTestId('follow-up-assign').click();
  await page.getByTestId('follow-up-staff-no').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options).toHaveText(['赵科长（S001，督查/科长）', '李窗口（C001，窗口人员）']);
  await options.filter({ hasText: '李窗口' }).click();
  await page.getByTestId('follow-up-ok').click();
  await expect(row).toContainText('李窗口');
});
