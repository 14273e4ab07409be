import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures/desk';
import { completeSetup } from './fixtures/flows';
import {
  backend,
  companySetup,
  enterprise,
  expectEmbeddedCjkFonts,
  foodLicence,
  hostileName,
  issueAndSave,
  pdfText,
  person,
  registerCase,
  socialCard,
  writtenOut,
} from './fixtures/print-flows';

/*
 * Printing through the running app: cases registered from the page, every document produced
 * by the back end as a PDF and read back with pdftotext/pdffonts, and the print preview page.
 */

test('each document of a case comes out as a PDF with the case, applicant, items, dates and missing materials', async ({
  page,
}, testInfo) => {
  await completeSetup(page);
  const accepted = await registerCase(page, { itemCodes: [socialCard.code], applicant: person, decision: () => ({ kind: 'accept' }) });
  const deferred = await registerCase(page, {
    itemCodes: [companySetup.code, foodLicence.code],
    applicant: enterprise,
    missing: ['premises-proof'],
    decision: (plan) => ({
      kind: 'accept-deferred',
      commitmentSigned: true,
      deadlines: [{ key: 'premises-proof', date: plan.defaultSupplyDeadline }],
    }),
  });
  const correction = await registerCase(page, {
    itemCodes: [socialCard.code],
    applicant: { ...person, name: '李四' },
    missing: ['applicant-id', 'photo'],
    applicable: ['photo'],
    decision: () => ({ kind: 'correction-notice' }),
  });
  const refused = await registerCase(page, {
    itemCodes: [socialCard.code],
    applicant: { ...person, name: '王五' },
    decision: () => ({ kind: 'refuse', reasonKind: 'outside-powers', reasonText: '户籍不在本市', referTo: '户籍地社会保险经办机构' }),
  });

  const documents = [
    { docType: 'acceptance-notice', title: '受理通知书', kase: accepted, applicant: '张三', items: [socialCard.name] },
    { docType: 'acceptance-receipt', title: '受理回执', kase: accepted, applicant: '张三', items: [socialCard.name] },
    { docType: 'material-receipt', title: '收件凭证', kase: accepted, applicant: '张三', items: [socialCard.name] },
    {
      docType: 'deferred-notice',
      title: '容缺受理通知书',
      kase: deferred,
      applicant: enterprise.name,
      items: [companySetup.name, foodLicence.name],
    },
    { docType: 'correction-notice', title: '一次性告知书', kase: correction, applicant: '李四', items: [socialCard.name] },
    { docType: 'refusal-notice', title: '不予受理通知书', kase: refused, applicant: '王五', items: [socialCard.name] },
  ];
  for (const doc of documents) {
    const pdf = await issueAndSave(page, doc.kase.caseNo, doc.docType, testInfo.outputPath(`${doc.docType}.pdf`));
    const text = pdfText(pdf.path);
    expect(text, doc.title).toContain(doc.title);
    expect(text, doc.title).toContain(doc.kase.caseNo);
    expect(text, doc.title).toContain(doc.applicant);
    for (const item of doc.items) expect(text, doc.title).toContain(item);
    if (doc.kase.promisedDate && doc.docType !== 'material-receipt') expect(text, doc.title).toContain(writtenOut(doc.kase.promisedDate));
    for (const m of doc.kase.materials.filter((m) => m.status === 'missing' || m.status === 'deferred'))
      expect(text, doc.title).toContain(m.name);
    expectEmbeddedCjkFonts(pdf.path);
  }
  expect(pdfText(testInfo.outputPath('refusal-notice.pdf'))).toMatch(/60日内.*行政复议.*6个月内.*行政诉讼/);
});

test('a 60-material 一次性告知书 flows onto more pages with the header repeated', async ({ page }, testInfo) => {
  await completeSetup(page);
  const seed = JSON.parse(readFileSync('resources/catalogue/seed-catalogue.json', 'utf8')) as { items: Record<string, unknown>[] };
  const base = seed.items.find((i) => i.code === socialCard.code)!;
  const keys = Array.from({ length: 60 }, (_, i) => `long-list-${i + 1}`);
  const item = {
    ...base,
    code: '32050000ZZ-XK-0060',
    name: '长清单测试事项',
    keywords: ['长清单'],
    materials: keys.map((key, i) => ({
      key,
      name: `第${i + 1}号补正材料`,
      source: 'applicant',
      originals: 1,
      copies: 1,
      media: ['paper'],
      necessity: 'required',
      formatNotes: 'A4纸张，加盖公章',
    })),
  };
  await backend(page, 'catalogue.import', { text: JSON.stringify({ format: 'halldesk-catalogue', formatVersion: 1, items: [item] }) });
  const kase = await registerCase(page, {
    itemCodes: [item.code],
    applicant: person,
    missing: keys,
    decision: () => ({ kind: 'correction-notice' }),
  });
  const pdf = await issueAndSave(page, kase.caseNo, 'correction-notice', testInfo.outputPath('long-correction-notice.pdf'));
  expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
  const all = pdfText(pdf.path);
  for (let i = 1; i <= 60; i += 1) expect(all).toContain(`第${i}号补正材料`);
  const second = pdfText(pdf.path, 2);
  expect(second).toContain('江川市政务服务中心');
  expect(second).toContain(pdf.docNo);
  expect(second).toContain('材料名称');
  expect(pdfText(pdf.path, 1)).toContain(`第1页共${pdf.pageCount}页`);
  expectEmbeddedCjkFonts(pdf.path);
});

test('the preview shows a hostile name as text; 打印 keeps the PDF, a second print says 补打', async ({ page }, testInfo) => {
  await completeSetup(page);
  const kase = await registerCase(page, {
    itemCodes: [socialCard.code],
    applicant: { ...person, name: hostileName },
    decision: () => ({ kind: 'accept' }),
  });
  await page.goto(new URL(`/print/preview.html?case=${kase.caseNo}&doc=acceptance-notice`, page.url()).href);
  const preview = page.getByTestId('print-preview');
  await expect(preview).toContainText(hostileName);
  await expect(preview).toContainText(kase.caseNo);
  await expect(preview.locator('img')).toHaveCount(0);
  await expect(preview.getByRole('img', { name: `受理编号条码 ${kase.caseNo}` })).toBeVisible();

  for (const round of [1, 2]) {
    await page.getByTestId('print-submit').click();
    // The browser shell shows the stored PDF in a tab of its own; read the same URL here.
    await expect(page.getByText(round === 1 ? /^打印 JC受字/ : /^补打 JC受字/)).toBeVisible();
    const stored = await backend<{ documentId: number }[]>(page, 'print.documents', { caseNo: kase.caseNo });
    expect(stored).toHaveLength(round);
    const response = await page.request.get(new URL(`/documents/${stored[round - 1]!.documentId}.pdf`, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const path = testInfo.outputPath(`preview-print-${round}.pdf`);
    writeFileSync(path, await response.body());
    const text = pdfText(path);
    expect(text).toContain(hostileName.replace(/\s+/g, ''));
    if (round === 1) expect(text).not.toContain('补打');
    else expect(text).toContain('补打');
    // The preview reloads after a print: the next one is a reprint.
    await expect(page.getByTestId('print-submit')).toHaveText(/补\s*打/);
  }
  const documents = await backend<{ reprint: boolean }[]>(page, 'print.documents', { caseNo: kase.caseNo });
  expect(documents.map((d) => d.reprint)).toEqual([false, true]);
});

test('the administrator sets the document header, and the next notice carries it', async ({ page }) => {
  await completeSetup(page);
  await page.getByTestId('nav-settings').click();
  const settings = page.getByTestId('print-settings');
  await settings.getByLabel('文书抬头').fill('江川市行政审批局');
  await page.getByTestId('print-settings-save').click();
  await expect(page.getByText('打印设置已保存')).toBeVisible();
  const accepted = await registerCase(page, { itemCodes: [socialCard.code], applicant: person, decision: () => ({ kind: 'accept' }) });
  const pdf = await issueAndSave(page, accepted.caseNo, 'acceptance-notice', test.info().outputPath('header.pdf'));
  expect(pdfText(pdf.path)).toContain('江川市行政审批局');
});
