import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentHtml } from '../../../src/main/services/printing/render-html';
import { cssString, pageCss } from '../../../src/print-templates/styles';
import { caseDocTypes } from '../../../src/shared/print/doc-types';
import type { PdfRenderer } from '../../../src/main/services/printing/pdf-renderer';
import type { TestDesk } from '../../helpers/test-backend';
import { hostileName, readyDesk, registerDemoCases, type DemoCases } from './print-fixtures';

/** A renderer that never starts a browser: these tests read the data and HTML only. */
const noBrowser: PdfRenderer = {
  kind: 'chromium',
  render: () => Promise.resolve(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF')),
  close: () => Promise.resolve(),
};

let desk: TestDesk;
let cases: DemoCases;
beforeEach(async () => {
  desk = await readyDesk(noBrowser);
  cases = await registerDemoCases(desk);
});
afterEach(() => desk.close());

describe('document HTML', () => {
  it('prints a hostile applicant name as text, never as an element', async () => {
    for (const docType of ['acceptance-notice', 'acceptance-receipt', 'material-receipt'] as const) {
      const data = await desk.call('print.preview', { caseNo: cases.hostile, docType });
      const html = documentHtml(data);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).not.toContain(hostileName);
      expect(html).not.toMatch(/<img\b/i);
      expect(html).not.toMatch(/<script\b/i);
      expect(html).toContain("default-src 'none'");
    }
  });

  it('escapes CSS strings in the running header, so no text can close the <style>', () => {
    expect(cssString('a"b\\c</style><script>')).toBe('"a\\"b\\\\c\\3c /style\\3e \\3c script\\3e "');
  });

  it('keeps the running header and the page counter in the A4 page rules', async () => {
    const data = await desk.call('print.preview', { caseNo: cases.accepted, docType: 'acceptance-notice' });
    const css = pageCss(data);
    expect(css).toContain('size: A4');
    expect(css).toContain('counter(pages)');
    expect(css).toContain('江川市政务服务中心');
  });

  it('uses raw markup only for the generated barcode and QR code', () => {
    const dir = 'src/print-templates';
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.tsx?$/.test(f.name))
      .map((f) => join(f.parentPath, f.name));
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.includes('dangerouslySetInnerHTML'))) {
        expect(line, file).toMatch(/__html: (svg|data\.codes\.(qrSvg|barcodeSvg))\b/);
      }
    }
  });
});

describe('print data for the preview', () => {
  it('masks the ID on receipts and prints it in full on notices, per the hall setting', async () => {
    const receipt = await desk.call('print.preview', { caseNo: cases.accepted, docType: 'acceptance-receipt' });
    expect(receipt.applicant?.idNumber).toBe('1101**********002X');
    const notice = await desk.call('print.preview', { caseNo: cases.accepted, docType: 'acceptance-notice' });
    expect(notice.applicant?.idNumber).toBe('11010519491231002X');
    const settings = await desk.call('print.settings.get', {});
    await desk.call('print.settings.update', { ...settings, maskIdOnReceipts: false, headerText: '江川市行政审批局', shortCode: '江审' });
    const unmasked = await desk.call('print.preview', { caseNo: cases.accepted, docType: 'acceptance-receipt' });
    expect(unmasked.applicant?.idNumber).toBe('11010519491231002X');
    expect(unmasked.header.text).toBe('江川市行政审批局');
  });

  it('writes dates out and carries the query code, items and phones', async () => {
    const data = await desk.call('print.preview', { caseNo: cases.deferred, docType: 'deferred-notice' });
    expect(data.case).toMatchObject({
      caseNo: cases.deferred,
      receivedOn: '2026年3月2日',
      acceptedOn: '2026年3月2日',
      promisedDate: '2026年3月9日',
    });
    expect(data.case?.queryCode).toMatch(/^[A-Z2-9]{11}$/);
    expect(data.case?.statusUrl).toContain(`case=${cases.deferred}`);
    expect(data.copies).toEqual(['第一联 申请人联', '第二联 存档联']);
    expect(data.materials.find((m) => m.status === 'deferred')).toMatchObject({
      name: '住所（经营场所）使用证明',
      supplyDeadline: '2026年3月3日',
    });
    expect(data.items[0]?.supervisionPhone).toMatch(/\d/);
    expect(data.docNo).toBeNull();
  });

  it('offers only the documents that fit the decision', async () => {
    const error = await desk.fail('print.issue', { caseNo: cases.refused, docType: 'acceptance-notice' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'docType' });
    expect((await desk.fail('print.preview', { caseNo: 'JC-03-2026-999999', docType: 'acceptance-notice' })).code).toBe('NOT_FOUND');
    expect(caseDocTypes).not.toContain('guide');
  });

  it('numbers documents per type, and a reprint keeps the number', async () => {
    const first = await desk.call('print.issue', { caseNo: cases.accepted, docType: 'acceptance-notice' });
    const second = await desk.call('print.issue', { caseNo: cases.hostile, docType: 'acceptance-notice' });
    const receipt = await desk.call('print.issue', { caseNo: cases.accepted, docType: 'acceptance-receipt' });
    const reprint = await desk.call('print.issue', { caseNo: cases.accepted, docType: 'acceptance-notice' });
    expect([first.docNo, second.docNo, receipt.docNo]).toEqual([
      'JC受字〔2026〕第03-000001号',
      'JC受字〔2026〕第03-000002号',
      'JC回字〔2026〕第03-000001号',
    ]);
    expect(reprint).toMatchObject({ reprint: true, docNo: first.docNo });
    const listed = await desk.call('print.documents', { caseNo: cases.accepted });
    expect(listed.map((d) => [d.title, d.reprint])).toEqual([
      ['受理通知书', false],
      ['受理回执', false],
      ['受理通知书', true],
    ]);
    const preview = await desk.call('print.preview', { caseNo: cases.accepted, docType: 'acceptance-notice' });
    expect(preview).toMatchObject({ reprint: true, docNo: first.docNo });
  });

  it('lets only an administrator change print settings, and refuses the roll for a notice', async () => {
    await desk.call('users.create', { staffNo: 'C001', name: '李窗口', role: 'clerk', password: 'Clerk2026pass' });
    await desk.call('auth.login', { staffNo: 'C001', password: 'Clerk2026pass' }, 'clerk');
    expect((await desk.fail('print.settings.get', {}, 'clerk')).code).toBe('FORBIDDEN');
    expect((await desk.call('print.preview', { caseNo: cases.accepted, docType: 'acceptance-receipt' }, 'clerk')).title).toBe('受理回执');
    const settings = await desk.call('print.settings.get', {});
    const bad = { ...settings, documents: { ...settings.documents, 'acceptance-notice': { printer: '', paper: 'roll80' as const } } };
    expect(await desk.fail('print.settings.update', bad)).toMatchObject({ code: 'VALIDATION', field: 'documents.acceptance-notice.paper' });
  });

  it('tells the web shell to print from the browser (no desktop printer here)', async () => {
    const issued = await desk.call('print.issue', { caseNo: cases.accepted, docType: 'acceptance-notice' });
    expect((await desk.fail('print.send', { documentId: issued.documentId })).message).toContain('浏览器');
  });
});
