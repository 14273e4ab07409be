import { expect, test } from './fixtures/desk';
import { callFromPage, completeSetup } from './fixtures/flows';
import {
  chooseRefusal,
  enterprise,
  fillEnterprise,
  fillPerson,
  findCase,
  items,
  notApplicable,
  personA,
  personB,
  pickItem,
  receive,
  startNewIntake,
  submitIntake,
} from './fixtures/intake-flows';

test('a clerk registers a joint 容缺 case, a 一次性告知 and a refusal, then finds each of them', async ({ page }) => {
  test.slow(); // Three registrations and six searches in one sitting, as at a real window.
  await completeSetup(page);
  await expect(page.getByTestId('intake-screen')).toBeVisible();
  await expect(page.getByTestId('item-search')).toBeFocused();

  // a. Two items for one enterprise, one 容缺-eligible material missing → 容缺受理.
  await pickItem(page, '企业设立', items.companySetup.code);
  await pickItem(page, 'spjyxk', items.foodLicence.code);
  await expect(page.getByTestId('selected-items')).toContainText('联审联办 · 2 项');
  await fillEnterprise(page);
  await page.keyboard.press('F7');
  await receive(page, 'premises-proof', 0, 0);
  await notApplicable(page, 'pre-approval-documents', 'vending-equipment-docs');
  await expect(page.getByTestId('material-status-premises-proof')).toHaveText('缺');
  await expect(page.getByTestId('material-status-authorization-letter')).toHaveText('不适用');
  await expect(page.getByTestId('material-summary')).toContainText('缺 1 项（其中可容缺 1 项）：住所（经营场所）使用证明');
  await expect(page.getByTestId('decision-accept')).toBeDisabled();
  await expect(page.getByTestId('decision-accept-deferred')).toBeChecked();
  await expect(page.getByTestId('promised-preview')).toContainText(/\d{4}-\d{2}-\d{2}/);
  await expect(page.getByTestId('deadline-premises-proof')).toHaveValue(/\d{4}-\d{2}-\d{2}/);

  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('容缺受理须由申请人签署容缺受理承诺书')).toBeVisible();
  await page.getByTestId('commitment-signed').check();
  const deferredCase = await submitIntake(page);
  await expect(page.getByTestId('result-state')).toHaveText('已受理');
  await expect(page.getByTestId('promised-date')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByTestId('result-deferred')).toContainText('住所（经营场所）使用证明');
  await startNewIntake(page);

  // b. A person missing a required material → 一次性告知 listing it with its standard.
  await pickItem(page, 'gtgsh', items.soleTrader.code);
  await fillPerson(page, personA);
  await page.getByTestId('fill-all').click();
  await receive(page, 'applicant-id', 0, 0);
  await notApplicable(page, 'family-member-id');
  await expect(page.getByTestId('material-summary')).toContainText('缺 1 项（其中可容缺 0 项）');
  await expect(page.getByTestId('decision-accept-deferred')).toBeDisabled();
  await expect(page.getByTestId('decision-correction-notice')).toBeChecked();
  const noticeCase = await submitIntake(page);
  await expect(page.getByTestId('result-state')).toHaveText('待补正');
  await expect(page.getByTestId('result-missing')).toContainText('申请人身份证件');
  await expect(page.getByTestId('result-missing')).toContainText('原件 1 份 / 复印件 1 份');
  await startNewIntake(page);

  // c. 不予受理 with a reason; outside this agency's powers also needs where to go.
  await pickItem(page, '社会保障卡', items.socialSecurityCard.code);
  await fillPerson(page, personB);
  await chooseRefusal(page, '申请事项依法不属于本机关职权范围', '申请人户籍和参保关系均在外省，社会保障卡应向参保地申领');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('不属于本机关职权范围的，须告知申请人向哪个机关申请')).toBeVisible();
  await page.getByTestId('refusal-refer-to').fill('广东省揭阳市人力资源和社会保障局');
  const refusedCase = await submitIntake(page);
  await expect(page.getByTestId('result-state')).toHaveText('不予受理');
  await expect(page.getByTestId('result-refusal')).toContainText('广东省揭阳市人力资源和社会保障局');

  // d. Each case is found by applicant name and by ID number or credit code.
  await page.getByTestId('result-open-case').click();
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await expect(page.getByTestId('detail-case-no')).toHaveText(refusedCase);
  await expect(page.getByTestId('detail-refusal')).toContainText('广东省揭阳市人力资源和社会保障局');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('case-detail')).toBeHidden();
  await expect(page.getByTestId('case-today-only')).toBeChecked();
  await expect(page.getByTestId('case-count')).toHaveText('共 3 件');

  for (const [query, caseNo] of [
    [enterprise.name, deferredCase],
    [enterprise.creditCode, deferredCase],
    [personA.name, noticeCase],
    [personA.idNumber, noticeCase],
    [personB.name, refusedCase],
    [personB.idNumber, refusedCase],
  ] as const) {
    await findCase(page, query, caseNo);
  }

  await findCase(page, enterprise.creditCode, deferredCase);
  await page.getByTestId('case-row-no').filter({ hasText: deferredCase }).click();
  await expect(page.getByTestId('detail-material-premises-proof')).toContainText(/容缺后补（\d{4}-\d{2}-\d{2} 前）/);
  await expect(page.getByTestId('detail-material-pre-approval-documents')).toHaveText('不适用');
  await expect(page.getByTestId('case-detail')).toContainText('江川市市场监督管理局');
});

test('a returning applicant is recognised by ID number and the details are filled in', async ({ page }) => {
  await completeSetup(page);
  await pickItem(page, 'gtgsh', items.soleTrader.code);
  await fillPerson(page, personA);
  await chooseRefusal(page, '申请人不具备申请资格', '经营场所位于禁止设立区域');
  await submitIntake(page);
  await startNewIntake(page);

  await page.keyboard.press('F2');
  await pickItem(page, '社会保障卡', items.socialSecurityCard.code);
  // Enter on the emptied search goes on to the applicant.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('applicant-id-number')).toBeFocused();
  await page.keyboard.type(personA.idNumber.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('applicant-history')).toContainText('已调取历史信息');
  await expect(page.getByTestId('applicant-name')).toBeFocused();
  await expect(page.getByTestId('applicant-id-number')).toHaveValue(personA.idNumber);
  await expect(page.getByTestId('applicant-name')).toHaveValue(personA.name);
  await expect(page.getByTestId('applicant-phone')).toHaveValue(personA.phone);
  await expect(page.getByTestId('applicant-address')).toHaveValue(personA.address);

  // Someone acting for the applicant makes the 授权委托书 and the agent's ID apply.
  await expect(page.getByTestId('material-status-authorization-letter')).toHaveText('不适用');
  await page.getByTestId('agent-switch').click();
  await expect(page.getByTestId('agent-fields')).toBeVisible();
  await expect(page.getByTestId('material-status-authorization-letter')).toHaveText('缺');
  await expect(page.getByTestId('material-status-agent-id')).toHaveText('缺');

  // Without a card reader configured, 读卡 says so and manual entry goes on.
  await page.keyboard.press('F4');
  await expect(page.getByText('未配置身份证读卡器，请手工录入申请人信息')).toBeVisible();
});

test('the seed catalogue loads and the guide shows a full item, without losing the intake draft', async ({ page }) => {
  await completeSetup(page);
  await pickItem(page, 'gtgsh', items.soleTrader.code);
  await page.getByTestId('applicant-name').fill(personA.name);
  await page.getByTestId('nav-guide').click();
  // Leaving a half-typed case asks first; the draft stays.
  await page.getByTestId('leave-intake-confirm').click();
  await page.getByTestId('guide-search').fill('gtgsh');
  await expect(page.getByTestId('guide-results').getByTestId('item-result').first()).toContainText('个体工商户');
  await page.getByTestId('guide-search').press('Enter');
  const guide = page.getByTestId('guide-item');
  await expect(guide).toContainText('个体工商户设立登记');
  for (const label of [
    '事项编码',
    '设定依据',
    '受理条件',
    '法定时限',
    '承诺时限',
    '特殊环节',
    '收费',
    '到窗口次数',
    '是否支持邮寄',
    '生效日期',
  ]) {
    await expect(guide.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(guide).toContainText('个工作日');
  await expect(page.getByTestId('guide-materials')).toContainText('申请人身份证件');
  await expect(page.getByTestId('guide-materials')).toContainText('可容缺');

  // F2 from any page goes back to the intake search, with the draft as it was left.
  await page.keyboard.press('F2');
  await expect(page.getByTestId('item-search')).toBeFocused();
  await expect(page.getByTestId('selected-items')).toContainText(items.soleTrader.name);
  await expect(page.getByTestId('applicant-name')).toHaveValue(personA.name);
});

test('a bad entry gets a Chinese message at the field, and the back end refuses it too', async ({ page }) => {
  await completeSetup(page);
  await pickItem(page, 'gtgsh', items.soleTrader.code);
  await page.keyboard.press('F3');
  await expect(page.getByTestId('kind-warning')).toContainText('服务对象不含企业/组织');
  await page.keyboard.press('F3');
  await expect(page.getByTestId('kind-warning')).toHaveCount(0);
  const idField = page.getByTestId('applicant-id-number');

  await idField.fill('110105194912310021');
  await idField.press('Tab');
  await expect(page.getByText('身份证号校验位错误：按前17位计算，第18位应为 X，请逐位核对号码')).toBeVisible();

  await idField.fill('110105194902300021');
  await idField.press('Tab');
  await expect(page.getByText('身份证号中的出生日期 1949-02-30 不存在，请核对第7–14位')).toBeVisible();

  await idField.fill('');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('请填写证件号码')).toBeVisible();
  await expect(page.getByText('姓名不能为空')).toBeVisible();
  await expect(page.getByText('联系电话不能为空')).toBeVisible();
  await expect(page.getByTestId('intake-result')).toHaveCount(0);

  await page.getByTestId('applicant-name').fill('张'.repeat(5000));
  await page.getByTestId('applicant-name').press('Tab');
  await expect(page.getByText('姓名不能超过50个字')).toBeVisible();

  const valid = {
    requestId: '3f1f8a52-8c1e-4a7b-9a51-1d2c3b4a5e6f',
    itemCodes: [items.soleTrader.code],
    applicant: { kind: 'person', idKind: 'resident', idNumber: personA.idNumber, name: personA.name, phone: personA.phone },
    materials: [],
    decision: { kind: 'correction-notice' },
  };
  const refused = async (applicant: Record<string, unknown>) =>
    callFromPage(page, 'cases.register', { ...valid, applicant: { ...valid.applicant, ...applicant } });

  expect(await refused({ idNumber: '110105194912310021' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', field: 'applicant.idNumber', message: '身份证号校验位错误：按前17位计算，第18位应为 X，请逐位核对号码' },
  });
  expect(await refused({ idNumber: '110105194902300021' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', field: 'applicant.idNumber', message: '身份证号中的出生日期 1949-02-30 不存在，请核对第7–14位' },
  });
  expect(await refused({ name: '' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', field: 'applicant.name', message: '姓名不能为空' },
  });
  expect(await refused({ name: '张'.repeat(5000) })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', field: 'applicant.name', message: '姓名不能超过50个字' },
  });
});

test('a double submit registers the case once', async ({ page }) => {
  await completeSetup(page);
  const input = {
    requestId: '6d0c7a9e-2b1f-4c3d-8e5f-0a1b2c3d4e5f',
    itemCodes: [items.soleTrader.code],
    applicant: { kind: 'person', idKind: 'resident', idNumber: personB.idNumber, name: personB.name, phone: personB.phone },
    materials: [],
    decision: { kind: 'correction-notice' },
  };
  const [first, second] = await Promise.all([callFromPage(page, 'cases.register', input), callFromPage(page, 'cases.register', input)]);
  expect(first).toMatchObject({ ok: true });
  expect(second).toEqual(first);
  expect(await callFromPage(page, 'cases.search', { query: personB.idNumber })).toMatchObject({ ok: true, value: { total: 1 } });
});

test('an administrator exports the catalogue, and a bad import is refused with line numbers', async ({ page }) => {
  await completeSetup(page);
  await page.getByTestId('nav-guide').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalogue-export').click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text).toContain('"format": "halldesk-catalogue"');

  const broken = text.replace(/"promisedDays": \d+/, '"promisedDays": 999');
  await page
    .getByTestId('catalogue-file')
    .setInputFiles({ name: 'catalogue.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expect(page.getByTestId('catalogue-import-error')).toContainText(/未导入任何事项[\s\S]*第 \d+ 行第 \d+ 列/);
  await expect(page.getByTestId('catalogue-import-error')).toContainText('承诺时限不能超过法定时限');

  await page
    .getByTestId('catalogue-file')
    .setInputFiles({ name: 'catalogue.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText(/导入完成：新增或更新 0 项，未变化 \d+ 项/)).toBeVisible();
});
