import { httpAdminActions } from '../../src/central/cli/http-admin-client';
import { centreAdminToken } from '../helpers/centre-process';
import { startTestCentre } from './fixtures/e2e-centre';
import { callFromPage, completeSetup, login, logout } from './fixtures/flows';
import {
  advanceClock,
  callOk,
  choose,
  closeCase,
  company,
  expect,
  lifecycleItems as items,
  openCase,
  registerFromPage,
  resident,
  test,
} from './fixtures/lifecycle-flows';

const market = '江川市市场监督管理局';

test('a 补正 case is accepted the day its materials come, and a 补正 during processing moves the promised date', async ({ page }) => {
  await completeSetup(page);
  const caseNo = await registerFromPage(page, [items.socialCard], resident, { missing: ['applicant-id'] });
  expect(await advanceClock(page, 2)).toBe('2026-03-04');

  await openCase(page, caseNo);
  await expect(page.getByTestId('lifecycle-state')).toHaveText('待补正');
  await expect(page.getByTestId('lifecycle-missing')).toContainText('申请人身份证件（原件1份、复印件1份）');
  await expect(page.getByTestId('print-acceptance-notice')).toHaveCount(0);
  await page.getByTestId('lc-supply').click();
  await expect(page.getByTestId('supply-originals-applicant-id')).toHaveValue('1');
  await page.getByTestId('supply-submit').click();
  await expect(page.getByTestId('lifecycle-state')).toHaveText('已受理');
  await expect(page.getByTestId('detail-state')).toHaveText('已受理');
  await expect(page.getByTestId('case-detail')).toContainText('2026-03-04'); // 受理日期: the day the last material came
  await expect(page.getByTestId('lifecycle-due')).toHaveText('2026-03-05'); // one working day from it
  await expect(page.getByTestId('print-acceptance-receipt')).toBeVisible();

  // The department asks for the ID again: the clock stops for the two working days it takes.
  await page.getByTestId('lc-start').click();
  await expect(page.getByTestId('lifecycle-state')).toHaveText('办理中');
  await page.getByTestId('lc-request').click();
  await page.getByTestId('request-key-applicant-id').check();
  await page.getByTestId('request-note').fill('身份证复印件不清晰，请重新提供');
  await page.getByTestId('request-submit').click();
  await expect(page.getByTestId('lifecycle-state')).toHaveText('待补正');
  await expect(page.getByTestId('lifecycle-remaining')).toHaveText('剩余 1 个工作日（计时暂停）');
  await closeCase(page);

  expect(await advanceClock(page, 2)).toBe('2026-03-06');
  await openCase(page, caseNo);
  await expect(page.getByTestId('lifecycle-remaining')).toHaveText('剩余 1 个工作日（计时暂停）');
  await page.getByTestId('lc-supply').click();
  await page.getByTestId('supply-submit').click();
  await expect(page.getByTestId('lifecycle-state')).toHaveText('办理中');
  await expect(page.getByTestId('lifecycle-due')).toHaveText('2026-03-09'); // 03-05 moved by 2 paused working days
  await expect(page.getByTestId('lifecycle-history')).toContainText('补正材料已收齐，恢复计时');
});

test("a two-department case goes through every state to 已出件, with a department's approval from the centre", async ({ page }) => {
  test.slow(); // A real centre, two syncs, and the whole life of a case.
  const centre = await startTestCentre();
  try {
    const admin = httpAdminActions(centre.url, centreAdminToken);
    await admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
    const { enrolmentCode } = await admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    await completeSetup(page);
    await callOk(page, 'sync.enrol', { centralUrl: centre.url, enrolmentCode });

    const caseNo = await registerFromPage(page, [items.companySetup, items.employerInsurance], company, { missing: ['legal-rep-id'] });
    await openCase(page, caseNo);
    await expect(page.getByTestId('lifecycle-state')).toHaveText('待补正');
    await page.getByTestId('lc-supply').click();
    await page.getByTestId('supply-submit').click();
    await expect(page.getByTestId('lifecycle-state')).toHaveText('已受理');
    await page.getByTestId('subtask-start-0').click();
    await expect(page.getByTestId('lifecycle-state')).toHaveText('办理中');
    await expect(page.getByTestId('subtask-state-0')).toHaveText('办理中');
    await expect(page.getByTestId('subtask-state-1')).toHaveText('待办理');
    await closeCase(page);

    // The market department approves at the centre; the desk pulls it and the sub-task is done.
    expect(await callOk(page, 'sync.now', {})).toMatchObject({ pending: 0, error: null });
    await admin.publishCaseStatus({ caseNo, state: 'approved', department: market, note: '已核发营业执照' });
    expect(await callOk(page, 'sync.now', {})).toMatchObject({ error: null });
    await page.getByTestId('nav-my-cases').click();
    await expect(page.getByTestId(`changed-${caseNo}`)).toContainText(`${market}：准予许可（已核发营业执照）`);
    await page.getByTestId('changed-mark-seen').click();
    await expect(page.getByTestId(`changed-${caseNo}`)).toHaveCount(0);

    await openCase(page, caseNo);
    await expect(page.getByTestId('subtask-state-0')).toHaveText('已办结 · 准予');
    await expect(page.getByTestId('lifecycle-next')).toHaveText('等待 江川市社会保险基金管理中心 办结');
    await page.getByTestId('subtask-decide-1').click();
    await page.getByTestId('decision-doc-no').fill('江社保登〔2026〕27号');
    await expect(page.getByTestId('decision-date')).toHaveValue('2026-03-02');
    await page.getByTestId('decision-submit').click();
    await expect(page.getByTestId('lifecycle-state')).toHaveText('已办结');
    await expect(page.getByTestId('detail-state')).toHaveText('已办结');

    await page.getByTestId('lc-deliver').click();
    await page.getByTestId('deliver-recipient').fill('李明');
    await page.getByTestId('deliver-recipient-id').fill('11010519491231002X');
    await page.getByTestId('deliver-documents').fill('营业执照正本1份、副本1份，社会保险登记证1份');
    await page.getByTestId('deliver-submit').click();
    await expect(page.getByText('请由领取人在送达回证上签名后再确认出件')).toBeVisible();
    await page.getByTestId('deliver-signed').check();
    await page.getByTestId('deliver-submit').click();
    await expect(page.getByTestId('lifecycle-state')).toHaveText('已出件');
    await expect(page.getByTestId('lifecycle-delivery')).toContainText('窗口领取');
    await expect(page.getByTestId('lifecycle-delivery')).toContainText('王管理（A001）');
    await expect(page.getByTestId('lc-start')).toHaveCount(0);
    // The 送达回证 prints at 出件, with the receiver's name and ID number recorded at hand-over.
    await page.getByTestId('print-delivery-receipt').click();
    await expect(page.getByTestId('print-preview')).toContainText('11010519491231002X');
    await expect(page.getByTestId('print-preview')).toContainText('李明');
    await page.keyboard.press('Escape');

    // The back end refuses what the screen no longer offers.
    expect(await callFromPage(page, 'lifecycle.start', { caseNo })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '案件当前为“已出件”，不能改为“办理中”' },
    });
    expect(await callOk(page, 'sync.now', {})).toMatchObject({ pending: 0, error: null, rejected: 0 });
  } finally {
    await centre.stop();
  }
});

test('a case turns yellow and then red on the 督办 board as the days pass', async ({ page }) => {
  await completeSetup(page);
  const caseNo = await registerFromPage(page, [items.foodLicence], resident); // due 2026-03-09
  await page.getByTestId('nav-board').click();
  await expect(page.getByTestId('board-red-count')).toContainText('0');
  await expect(page.getByTestId(`clock-row-${caseNo}`)).toHaveCount(0);

  expect(await advanceClock(page, 3)).toBe('2026-03-05'); // two working days left
  await page.getByTestId('nav-my-cases').click();
  await expect(page.getByTestId(`clock-level-${caseNo}`)).toHaveAttribute('data-level', 'yellow');
  await page.getByTestId('nav-board').click();
  await expect(page.getByTestId(`clock-level-${caseNo}`)).toHaveText('临期');
  await expect(page.getByTestId(`clock-remaining-${caseNo}`)).toHaveText('剩余 2 个工作日');
  await expect(page.getByTestId('board-yellow-count')).toContainText('1');

  expect(await advanceClock(page, 5)).toBe('2026-03-10'); // one working day late
  await page.getByTestId('nav-my-cases').click();
  await page.getByTestId('nav-board').click();
  await choose(page, 'board-level-filter', '红色预警（已超期）');
  await expect(page.getByTestId(`clock-level-${caseNo}`)).toHaveText('超期');
  await expect(page.getByTestId(`clock-remaining-${caseNo}`)).toHaveText('已超期 1 个工作日');
  await page.getByText('按部门').click();
  await expect(page.getByTestId(`board-by-department-${market}`)).toContainText('1');
});

test('an agent sees the case assigned to them, and the back end refuses them any other', async ({ page }) => {
  await completeSetup(page);
  await callOk(page, 'users.create', { staffNo: 'D001', name: '钱代办', role: 'agent', password: 'Agent2026x' });
  const assigned = await registerFromPage(page, [items.companySetup], company, { missing: ['legal-rep-id'] });
  const other = await registerFromPage(page, [items.companySetup], company, { missing: ['legal-rep-id'] });

  await openCase(page, assigned);
  await page.getByTestId('lc-assign').click();
  await choose(page, 'assign-agent', '钱代办（D001）');
  await page.getByTestId('assign-principal').fill('李明');
  await page.getByTestId('assign-submit').click();
  await expect(page.getByTestId('lifecycle-agent')).toContainText('代办员：钱代办（D001）');
  await expect(page.getByTestId('lifecycle-agent')).toContainText('免费');
  await closeCase(page);
  await logout(page);

  await login(page, 'D001', 'Agent2026x');
  await expect(page.getByTestId('current-user')).toContainText('钱代办（代办员）');
  await page.getByTestId('nav-agent-worklist').click();
  await expect(page.getByTestId(`clock-row-${assigned}`)).toBeVisible();
  await expect(page.getByTestId(`clock-row-${other}`)).toHaveCount(0);
  await expect(page.getByTestId(`clock-next-${assigned}`)).toHaveText('请申请人补交：法定代表人身份证件，收齐后即予受理');
  await expect(page.getByTestId(`clock-missing-${assigned}`)).toHaveText('法定代表人身份证件（原件1份、复印件1份）');

  expect(
    await callFromPage(page, 'lifecycle.supply', { caseNo: other, materials: [{ key: 'legal-rep-id', originals: 1, copies: 1 }] }),
  ).toEqual({
    ok: false,
    error: { code: 'FORBIDDEN', message: '该案件未指派给您，不能办理' },
  });
  await page.getByTestId(`clock-row-${assigned}`).click();
  await page.getByTestId('lc-supply').click();
  await page.getByTestId('supply-submit').click();
  await expect(page.getByTestId('lifecycle-state')).toHaveText('已受理');
});
