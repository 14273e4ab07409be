import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { completeSetup, login, logout } from './fixtures/flows';
import { advanceClock, callOk, choose, company, expect, test } from './fixtures/lifecycle-flows';

const chain = {
  landPreview: '32050000ZR-XK-0002',
  landPlanning: '32050000ZR-XK-0003',
  buildingPlanning: '32050000ZR-XK-0001',
  fireDesign: '32050000ZJ-XK-0002',
  constructionPermit: '32050000ZJ-XK-0001',
  completionFiling: '32050000ZJ-BA-0001',
};
const password = 'Passw0rd2026';
/** Logs in and waits for the shell, so the next call runs in the new session. */
async function signIn(page: Page, staffNo: string, pass: string, role: string) {
  await login(page, staffNo, pass);
  await expect(page.getByTestId('current-user')).toContainText(role);
}

async function decideAll(page: Page, caseNo: string, decidedOn: string) {
  const detail = await callOk<{ items: unknown[] }>(page, 'cases.get', { caseNo });
  for (const position of detail.items.keys()) {
    await callOk(page, 'lifecycle.recordDecision', {
      caseNo,
      position,
      outcome: 'approved',
      docNo: `江决〔2026〕${position}号`,
      decidedOn,
    });
  }
}

/** Registers at the window for the project: every material received, accepted. */
async function registerForProject(page: Page, projectNo: string, itemCodes: string[]): Promise<string> {
  const plan = await callOk<{ materials: { key: string; necessity: string; originals: number; copies: number; media: string[] }[] }>(
    page,
    'intake.plan',
    { itemCodes },
  );
  const materials = plan.materials.map((m) => ({
    key: m.key,
    applicable: m.necessity !== 'conditional',
    originals: m.originals,
    copies: m.copies,
    electronic: m.media.includes('electronic'),
  }));
  const detail = await callOk<{ caseNo: string }>(page, 'cases.register', {
    requestId: crypto.randomUUID(),
    itemCodes,
    applicant: company,
    materials,
    decision: { kind: 'accept' },
    projectNo,
  });
  return detail.caseNo;
}

/** From the project list, read afresh (leaving the page first drops a board already open). */
async function reopenBoard(page: Page, projectNo: string) {
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('nav-projects').click();
  await page.getByTestId(`project-row-${projectNo}`).click();
  await expect(page.getByTestId('project-board')).toBeVisible();
}

async function progressText(page: Page, projectNo: string): Promise<string> {
  const file = await callOk<{ pdfBase64: string }>(page, 'projects.progressPdf', { projectNo });
  const path = join(mkdtempSync(join(tmpdir(), 'halldesk-e2e-progress-')), 'p.pdf');
  writeFileSync(path, Buffer.from(file.pdfBase64, 'base64'));
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

test('an agent carries a four-stage industrial project through its chain, with a 补正, a hand-over and the figures', async ({ page }) => {
  test.slow(); // Six cases over four stages, with the board checked at each point.
  await completeSetup(page);
  for (const [staffNo, name] of [
    ['D001', '赵代办'],
    ['D002', '钱代办'],
  ])
    await callOk(page, 'users.create', { staffNo, name, role: 'agent', password });

  // The supervisor (here the administrator) opens the project for agent 赵代办.
  await page.getByTestId('nav-projects').click();
  await page.getByTestId('project-new').click();
  await choose(page, 'project-kind', '一般工业项目（立项用地规划许可 → 工程建设许可 → 施工许可 → 竣工验收）');
  await page.getByTestId('project-name').fill('示例餐饮中央厨房项目');
  await page.getByTestId('project-credit-code').fill(company.creditCode);
  await page.getByTestId('project-enterprise').fill(company.name);
  await page.getByTestId('project-location').fill('江川市经济开发区纬三路18号');
  await choose(page, 'project-agent', '赵代办（D001）');
  await page.getByTestId('project-mandate-no').fill('QCDB-2026-001');
  await page.getByTestId('project-mandate-date').fill('2026-03-02');
  await page.getByTestId('project-mandate-date').press('Enter');
  await page.getByTestId('project-create-ok').click();
  await expect(page.getByTestId('project-board')).toContainText('JC-03-XM2026-0001');
  const projectNo = 'JC-03-XM2026-0001';
  await expect(page.getByTestId('project-days')).toHaveText('0 / 目标 60（法定合计 97）');
  await expect(page.getByTestId('project-next-steps')).toContainText('【立项用地规划许可】申报“建设项目用地预审与选址意见书核发”');
  await expect(page.getByTestId('project-stage-1')).toContainText('未开始（待前一阶段完成）');

  // Stage 1 at the intake: the project fills in the enterprise and offers the stage's two items.
  await page.getByTestId('nav-intake').click();
  await choose(page, 'intake-project', `示例餐饮中央厨房项目（${company.name}，立项用地规划许可）`);
  await expect(page.getByTestId('selected-items')).toContainText('联审联办 · 2 项');
  await expect(page.getByTestId('applicant-credit-code')).toHaveValue(company.creditCode);
  await page.getByTestId('applicant-legal-rep').fill(company.legalRepresentative);
  await page.getByTestId('applicant-contact').fill(company.contactName);
  await page.getByTestId('applicant-phone').fill(company.phone);
  await expect(page.getByTestId('fill-all')).toBeVisible();
  await page.keyboard.press('F7');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(page.getByTestId('case-no')).toHaveText(/^JC-03-\d{4}-\d{6}$/);
  const stageOne = (await page.getByTestId('case-no').innerText()).trim();
  expect(stageOne).toMatch(/^JC-03-2026-\d{6}$/);
  await page.getByTestId('result-new').click();
  await expect(page.getByTestId('intake-result')).toBeHidden();

  // A 补正 on day 2 (that day still counts) stops the chain's clock until the contract comes back; the agent's board shows it.
  expect(await advanceClock(page, 1)).toBe('2026-03-03');
  await callOk(page, 'lifecycle.requestMaterials', { caseNo: stageOne, keys: ['land-grant-contract'], note: '出让合同缺宗地图附件' });
  await logout(page);
  await signIn(page, 'D001', password, '代办员');
  await reopenBoard(page, projectNo);
  await expect(page.getByTestId(`project-item-${chain.landPlanning}`)).toContainText('待补正');
  await expect(page.getByTestId('project-next-steps')).toContainText(
    `【立项用地规划许可】补齐“建设用地规划许可证核发”的补正材料（${stageOne}）`,
  );
  await expect(page.getByTestId('project-missing')).toContainText('国有建设用地使用权出让合同');
  let paper = await progressText(page, projectNo);
  for (const text of ['全程代办进度单', '1个工作日/目标60个工作日', '待补正', '国有建设用地使用权出让合同']) expect(paper).toContain(text);
  await logout(page);

  await signIn(page, 'A001', 'Admin2026pass', '王管理');
  expect(await advanceClock(page, 2)).toBe('2026-03-05');
  await callOk(page, 'lifecycle.supply', { caseNo: stageOne, materials: [{ key: 'land-grant-contract', originals: 1, copies: 1 }] });
  expect(await advanceClock(page, 1)).toBe('2026-03-06');
  await decideAll(page, stageOne, '2026-03-06');
  await reopenBoard(page, projectNo);
  // Tuesday and Friday ran; Wednesday and Thursday waited for the enterprise.
  await expect(page.getByTestId('project-days')).toHaveText('2 / 目标 60（法定合计 97）');
  await expect(page.getByTestId('project-stage-0')).toContainText('已完成');
  await expect(page.getByTestId('project-next-steps')).toHaveText(/【工程建设许可】申报“建设工程规划许可”/);
  paper = await progressText(page, projectNo);
  for (const text of ['2个工作日/目标60个工作日', '立项用地规划许可（已完成）', '【工程建设许可】申报“建设工程规划许可”'])
    expect(paper).toContain(text);

  // Stages 2–4, each registered against the project at the window and decided.
  const register = (itemCodes: string[]) => registerForProject(page, projectNo, itemCodes);
  const planning = await register([chain.buildingPlanning]);
  expect(await advanceClock(page, 3)).toBe('2026-03-09');
  await decideAll(page, planning, '2026-03-09');
  const construction = await register([chain.fireDesign, chain.constructionPermit]);
  await reopenBoard(page, projectNo);
  await expect(page.getByTestId('project-stage-2')).toContainText('进行中');
  await expect(page.getByTestId('project-next-steps')).toContainText(`【施工许可】跟进“建筑工程施工许可”办理（${construction}`);

  // The supervisor hands the project over; the history stays and the open case goes along.
  await page.getByTestId('project-handover').click();
  await choose(page, 'project-handover-agent', '钱代办（D002）');
  await page.getByTestId('project-handover-reason').fill('赵代办休产假');
  await page.getByTestId('project-handover-ok').click();
  await expect(page.getByTestId('project-agent-name')).toHaveText('钱代办（D002）');
  await expect(page.getByTestId('project-handovers')).toContainText('赵代办（D001）');
  await expect(page.getByTestId('project-handovers')).toContainText('赵代办休产假');

  expect(await advanceClock(page, 1)).toBe('2026-03-10');
  await decideAll(page, construction, '2026-03-10');
  const completion = await register([chain.completionFiling]);
  expect(await advanceClock(page, 1)).toBe('2026-03-11');
  await decideAll(page, completion, '2026-03-11');
  await reopenBoard(page, projectNo);
  await expect(page.getByTestId('project-next-steps')).toHaveText('全部阶段已办结，全程代办完成');
  // 03-03 and 03-06 (stage 1), 03-09 (工程建设许可), 03-10 (施工许可), 03-11 (竣工验收).
  await expect(page.getByTestId('project-days')).toHaveText('5 / 目标 60（法定合计 97）');
  paper = await progressText(page, projectNo);
  expect(paper).toContain('全部阶段已办结，全程代办完成');
  expect(paper).toContain('钱代办');

  // The figures equal the cases behind them: one finished chain of 5 days; 4 cases plus one 补交 visit against 6 items.
  await page.getByTestId('project-back').click();
  const row = page.getByTestId('project-figures').locator('tr', { hasText: '一般工业项目' });
  await expect(row.locator('td').nth(3)).toHaveText('5 / 5');
  await expect(row.locator('td').nth(4)).toHaveText('97');
  await expect(row.locator('td').nth(6)).toHaveText('5 / 6');

  // The new agent has the open project in hand; the former one no longer sees it.
  await logout(page);
  await signIn(page, 'D001', password, '代办员');
  await page.getByTestId('nav-projects').click();
  await expect(page.getByTestId('projects-table')).toBeVisible();
  await expect(page.getByTestId(`project-row-${projectNo}`)).toHaveCount(0);
  await logout(page);
  await signIn(page, 'D002', password, '代办员');
  await page.getByTestId('nav-projects').click();
  await expect(page.getByTestId(`project-row-${projectNo}`)).toBeVisible();
});
