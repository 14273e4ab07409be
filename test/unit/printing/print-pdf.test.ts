import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusUrl } from '../../../src/shared/print/status-url';
import type { ChromiumPdfRenderer } from '../../../src/main/services/printing/chromium-pdf-renderer';
import { paperSettings, type TestDesk } from '../../helpers/test-backend';
import {
  bigMaterialName,
  decodeCode128,
  decodeQr,
  hostileName,
  issuePdf,
  pdfFonts,
  pdfTestsRun,
  pdfText,
  rasterize,
  readyDesk,
  registerDemoCases,
  sayWhyPdfTestsSkip,
  sharedRenderer,
  squash,
  type DemoCases,
  hasLatinFonts,
  latinOnlyRenderer,
} from './print-fixtures';

/*
 * The PDFs themselves, from the real Chromium renderer: text, fonts, codes, page flow, reprints
 * and the records each print leaves. Skipped, with one line saying why, without a Chromium at
 * /usr/bin/chromium (or HALLDESK_CHROMIUM) or without poppler-utils.
 */
sayWhyPdfTestsSkip();

let renderer: ChromiumPdfRenderer;
let desk: TestDesk;
let cases: DemoCases;
const out = mkdtempSync(join(tmpdir(), 'halldesk-pdf-'));
/** Debian's DejaVu and Liberation: Latin only. */

beforeAll(async () => {
  if (!pdfTestsRun) return;
  renderer = sharedRenderer();
  desk = await readyDesk(renderer);
  cases = await registerDemoCases(desk);
}, 60_000);

afterAll(async () => {
  desk?.close();
  await renderer?.close();
});

const docs = [
  {
    name: '受理通知书',
    docType: 'acceptance-notice',
    caseOf: (c: DemoCases) => c.accepted,
    applicant: '张三',
    items: ['社会保障卡申领'],
    promised: '2026年3月3日',
    missing: [],
  },
  {
    name: '受理回执',
    docType: 'acceptance-receipt',
    caseOf: (c: DemoCases) => c.accepted,
    applicant: '张三',
    items: ['社会保障卡申领'],
    promised: '2026年3月3日',
    missing: [],
  },
  {
    name: '收件凭证',
    docType: 'material-receipt',
    caseOf: (c: DemoCases) => c.accepted,
    applicant: '张三',
    items: ['社会保障卡申领'],
    promised: null,
    missing: [],
  },
  {
    name: '容缺受理通知书',
    docType: 'deferred-notice',
    caseOf: (c: DemoCases) => c.deferred,
    applicant: '江川市明远食品有限公司',
    items: ['企业设立登记（有限责任公司）', '食品经营许可（新办）'],
    promised: '2026年3月9日',
    missing: ['住所（经营场所）使用证明'],
  },
  {
    name: '一次性告知书',
    docType: 'correction-notice',
    caseOf: (c: DemoCases) => c.correction,
    applicant: '李四',
    items: ['社会保障卡申领'],
    promised: null,
    missing: ['申请人身份证件', '近期免冠彩色照片'],
  },
  {
    name: '不予受理通知书',
    docType: 'refusal-notice',
    caseOf: (c: DemoCases) => c.refused,
    applicant: '王五',
    items: ['社会保障卡申领'],
    promised: null,
    missing: [],
  },
] as const;

describe.runIf(pdfTestsRun)('printed PDFs', () => {
  for (const doc of docs) {
    it(`${doc.name}: case number, applicant, items, dates, missing materials; embedded CJK fonts`, async () => {
      const caseNo = doc.caseOf(cases);
      const { issued, path } = await issuePdf(desk, { caseNo, docType: doc.docType }, out);
      const text = squash(pdfText(path));
      expect(text).toContain(caseNo);
      expect(text).toContain(doc.name);
      expect(text).toContain(squash(issued.docNo));
      expect(text).toContain(doc.applicant);
      for (const item of doc.items) expect(text).toContain(item);
      if (doc.promised) expect(text).toContain(doc.promised);
      for (const material of doc.missing) expect(text).toContain(material);
      const fonts = pdfFonts(path);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((f) => f.embedded)).toBe(true);
      expect(fonts.some((f) => /NotoSansSC/.test(f.name) && f.type.startsWith('CID'))).toBe(true);
    });
  }

  it('the 一次性告知书 gives the deadline written out and the 不予受理通知书 the rights and time limits', async () => {
    const correction = squash(pdfText((await issuePdf(desk, { caseNo: cases.correction, docType: 'correction-notice' }, out)).path));
    expect(correction).toContain('2026年4月1日前补齐'); // received 2026-03-02 + 30 days
    const refusal = squash(pdfText((await issuePdf(desk, { caseNo: cases.refused, docType: 'refusal-notice' }, out)).path));
    expect(refusal).toContain('户籍地社会保险经办机构');
    expect(refusal).toMatch(/60日内.*行政复议.*6个月内.*行政诉讼/);
  });

  it('the 容缺受理通知书 prints two copies: the applicant’s and the file’s', async () => {
    const { path, issued } = await issuePdf(desk, { caseNo: cases.deferred, docType: 'deferred-notice' }, out);
    const text = squash(pdfText(path));
    expect(text).toContain('第一联申请人联');
    expect(text).toContain('第二联存档联');
    expect(issued.pageCount).toBeGreaterThanOrEqual(2);
  });

  it('the barcode decodes to the case number and the QR code to the status URL with the query code', async () => {
    const caseNo = cases.accepted;
    const { path } = await issuePdf(desk, { caseNo, docType: 'acceptance-notice' }, out);
    const page = rasterize(path, 1);
    expect(decodeCode128(page)).toBe(caseNo);
    const url = decodeQr(page);
    const preview = await desk.call('print.preview', { caseNo, docType: 'acceptance-notice' });
    expect(preview.case?.queryCode).toMatch(/^[A-Z2-9]{11}$/);
    expect(url).toBe(statusUrl(paperSettings.statusBaseUrl, caseNo, preview.case!.queryCode!));
    const receipt = rasterize((await issuePdf(desk, { caseNo, docType: 'acceptance-receipt' }, out)).path, 1);
    expect(decodeCode128(receipt)).toBe(caseNo);
    expect(decodeQr(receipt)).toBe(url);
  });

  it('a 60-material 一次性告知书 flows onto more pages, header and table head repeated, pages counted', async () => {
    const { path, issued } = await issuePdf(desk, { caseNo: cases.big, docType: 'correction-notice' }, out);
    expect(issued.pageCount).toBeGreaterThanOrEqual(2);
    const all = squash(pdfText(path));
    for (let i = 1; i <= 60; i += 1) expect(all).toContain(bigMaterialName(i));
    const first = squash(pdfText(path, { first: 1, last: 1 }));
    expect(first).toContain(`第1页共${issued.pageCount}页`);
    const second = squash(pdfText(path, { first: 2, last: 2 }));
    expect(second).toContain('江川市政务服务中心');
    expect(second).toContain(squash(issued.docNo));
    expect(second).toContain('材料名称');
    expect(second).toContain('份数及形式');
    expect(second).toContain(`第2页共${issued.pageCount}页`);
  });

  it('the receipt is one 80 mm page as long as its content', async () => {
    const { path, issued } = await issuePdf(desk, { caseNo: cases.accepted, docType: 'acceptance-receipt' }, out);
    expect(issued).toMatchObject({ paper: 'roll80', pageCount: 1 });
    const page = rasterize(path, 1, 72);
    expect(Math.round((page.width / 72) * 25.4)).toBe(80);
    expect((page.height / 72) * 25.4).toBeLessThan(260);
  });

  it('a hostile applicant name prints literally', async () => {
    const { path } = await issuePdf(desk, { caseNo: cases.hostile, docType: 'acceptance-notice' }, out);
    expect(pdfText(path)).toContain(hostileName);
  });

  it('a reprint keeps the number and says 补打; each print leaves one audit and one outbox row', async () => {
    const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    try {
      const caseNo = cases.refused;
      const before = { audit: count('audit_log'), outbox: count('outbox') };
      const first = await issuePdf(desk, { caseNo, docType: 'material-receipt' }, out).catch(() => null);
      expect(first).toBeNull(); // a refused case gets no 收件凭证
      expect({ audit: count('audit_log'), outbox: count('outbox') }).toEqual(before);

      const original = await issuePdf(desk, { caseNo: cases.correction, docType: 'material-receipt' }, out);
      expect(original.issued.reprint).toBe(false);
      expect(squash(pdfText(original.path))).not.toContain('补打');
      expect({ audit: count('audit_log'), outbox: count('outbox') }).toEqual({ audit: before.audit + 1, outbox: before.outbox + 1 });

      const again = await issuePdf(desk, { caseNo: cases.correction, docType: 'material-receipt' }, out);
      expect(again.issued).toMatchObject({ reprint: true, docNo: original.issued.docNo });
      expect(squash(pdfText(again.path))).toContain('补打');
      expect({ audit: count('audit_log'), outbox: count('outbox') }).toEqual({ audit: before.audit + 2, outbox: before.outbox + 2 });

      const audit = db.prepare('SELECT action, entity_id, detail FROM audit_log ORDER BY seq DESC LIMIT 2').all() as {
        action: string;
        entity_id: string;
        detail: string;
      }[];
      expect(audit.map((a) => a.action)).toEqual(['print.reprinted', 'print.printed']);
      const outbox = db.prepare('SELECT op, payload FROM outbox ORDER BY seq DESC LIMIT 1').get() as { op: string; payload: string };
      expect(outbox.op).toBe('print.reprinted');
      const payload = JSON.parse(outbox.payload) as Record<string, unknown>;
      expect(payload).toMatchObject({ caseNo: cases.correction, docNo: original.issued.docNo, sha256: again.issued.sha256, reprint: true });
      expect(JSON.stringify(payload)).not.toContain('JVBER'); // no PDF bytes go out
      const stored = db.prepare('SELECT pdf, sha256 FROM case_documents WHERE id = ?').get(again.issued.documentId) as {
        pdf: Buffer;
        sha256: string;
      };
      expect(stored.pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(stored.sha256).toBe(again.issued.sha256);
    } finally {
      db.close();
    }
  });

  it('prints the 办事指南 of an item with no case, audited and not stored', async () => {
    const guide = await desk.call('print.guidePdf', { code: '32050000SB-GG-0001' });
    const path = join(out, 'guide.pdf');
    writeFileSync(path, Buffer.from(guide.pdfBase64, 'base64'));
    const text = squash(pdfText(path));
    expect(text).toContain('办事指南');
    expect(text).toContain('社会保障卡申领');
    expect(text).toContain('申请人身份证件');
    expect(text).toContain('0512-66018699');
  });

  // Chromium cannot run with no font at all; a machine with Latin fonts only is the real case.
  it.runIf(hasLatinFonts)('embeds its own Chinese font on a machine with no Chinese fonts', async () => {
    const bare = latinOnlyRenderer(out);
    const bareDesk = await readyDesk(bare);
    try {
      const bareCases = await registerDemoCases(bareDesk);
      const { path } = await issuePdf(bareDesk, { caseNo: bareCases.correction, docType: 'correction-notice' }, out);
      const fonts = pdfFonts(path);
      expect(fonts.every((f) => f.embedded && /NotoSansSC/.test(f.name))).toBe(true);
      expect(squash(pdfText(path))).toContain('申请人身份证件');
    } finally {
      bareDesk.close();
      await bare.close();
    }
  });
});
