import { expect, test } from './fixtures/desk';
import { completeSetup } from './fixtures/flows';
import { items, personA, pickItem, receive } from './fixtures/intake-flows';
import { backend } from './fixtures/print-flows';
import { keyCounter } from './fixtures/key-counter';

test('a standard single-item case, all materials, from new case to the printed receipt by keyboard alone in ≤ 12 presses', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await completeSetup(page);
  const keys = keyCounter(page);

  await keys.press('F2');
  await expect(page.getByTestId('item-search')).toBeFocused();
  await page.keyboard.type('社会保障卡申领');
  await keys.press('Enter');
  await expect(page.getByTestId('selected-items')).toContainText(items.socialSecurityCard.name);
  await keys.press('Enter');
  await expect(page.getByTestId('applicant-id-number')).toBeFocused();
  await page.keyboard.type(personA.idNumber);
  await keys.press('Enter');
  await expect(page.getByTestId('applicant-name')).toBeFocused();
  await page.keyboard.type(personA.name);
  await keys.press('Enter');
  await page.keyboard.type(personA.phone);
  await keys.press('Enter');
  await expect(page.getByTestId('applicant-address')).toBeFocused();
  await page.keyboard.type(personA.address);
  // Enter on the applicant's last field goes on to the materials (the 情形 first).
  await keys.press('Enter');
  await expect(page.getByTestId('situations').getByTestId('situation').first()).toBeFocused();
  await keys.press('F7');
  await expect(page.getByTestId('material-summary')).toContainText('材料已收齐');
  await expect(page.getByTestId('decision-accept')).toBeChecked();
  await expect(page.getByTestId('intake-submit')).toContainText('受理并打印回执');

  await keys.press('Control+Enter');
  const caseNo = await page.getByTestId('case-no').innerText();
  expect(caseNo).toMatch(/^JC-03-\d{4}-\d{6}$/);
  await expect(page.getByTestId('print-preview')).toContainText('受理回执');

  await expect(page.getByTestId('print-submit')).toBeFocused();
  await expect(page.getByTestId('print-submit')).toBeInViewport({ ratio: 1 });
  const tab = page.waitForEvent('popup');
  await keys.press('Control+P');
  await tab;
  await expect(page.getByText(/打印 .+：已在新窗口打开 PDF/)).toBeVisible();
  const printed = await backend<{ docType: string }[]>(page, 'print.documents', { caseNo });
  expect(printed.map((d) => d.docType)).toEqual(['acceptance-receipt']);
  await keys.press('Escape');
  await expect(page.getByTestId('print-preview')).toBeHidden();

  console.log(`标准受理（单事项、材料齐全）从新建到打印回执：${keys.count} 次非录入按键（${keys.keys.join(' ')}）`);
  expect(keys.count).toBeLessThanOrEqual(12);
});

test('the 情形 are asked once as yes/no switches; 全部收齐 (F7) leaves 情形必须 lines to them', async ({ page }) => {
  await completeSetup(page);
  await pickItem(page, 'gtgsh', items.soleTrader.code);
  const family = page.getByRole('switch', { name: '家庭经营？' });
  const byAgent = page.getByRole('switch', { name: '委托他人办理？' });
  await expect(page.getByTestId('situations').getByTestId('situation')).toHaveCount(2);
  await expect(family).not.toBeChecked();
  await expect(page.getByTestId('material-status-family-member-id')).toHaveText('不适用');

  await page.keyboard.press('F7');
  await expect(page.getByTestId('material-summary')).toContainText('材料已收齐');
  await expect(page.getByTestId('material-originals-family-member-id')).toHaveValue('0');

  // 是: the line applies, and F7 does not tick it off for the clerk.
  await family.focus();
  await page.keyboard.press('Space');
  await expect(family).toBeChecked();
  await expect(page.getByTestId('material-status-family-member-id')).toHaveText('缺');
  await page.keyboard.press('F7');
  await expect(page.getByTestId('material-status-family-member-id')).toHaveText('缺');
  await receive(page, 'family-member-id', 1, 1);
  await expect(page.getByTestId('material-status-family-member-id')).toHaveText('已收');

  // 不适用 on the line answers the same question; what was counted for it is dropped.
  await page.getByTestId('material-na-family-member-id').check();
  await expect(family).not.toBeChecked();
  await expect(page.getByTestId('material-originals-family-member-id')).toHaveValue('0');

  // "委托他人办理？" is the applicant's 代办人 switch: one answer, both places.
  await byAgent.focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('agent-switch')).toBeChecked();
  await expect(page.getByTestId('agent-fields')).toBeVisible();
  await expect(page.getByTestId('material-status-authorization-letter')).toHaveText('缺');
  await expect(page.getByTestId('material-status-agent-id')).toHaveText('缺');
});
