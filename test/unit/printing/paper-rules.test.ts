import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentHtml } from '../../../src/main/services/printing/render-html';
import { setSetting } from '../../../src/main/services/settings/settings-repository';
import type { PdfRenderer } from '../../../src/main/services/printing/pdf-renderer';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { adminPassword, paperSettings, type TestDesk } from '../../helpers/test-backend';
import { register } from '../lifecycle/lifecycle-fixtures';
import { openPrintDesk, readyDesk } from './print-fixtures';

/** A renderer that keeps the HTML it was asked to render and returns a one-page PDF. */
function recordingRenderer() {
  const rendered: string[] = [];
  const renderer: PdfRenderer = {
    kind: 'chromium',
    render: ({ html }) => {
      rendered.push(html);
      return Promise.resolve(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF'));
    },
    close: () => Promise.resolve(),
  };
  return { renderer, rendered };
}

const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');

let desk: TestDesk;
afterEach(() => desk.close());

function rowCount(table: string, where = '1 = 1') {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function registerOne(decision: Parameters<typeof registration>[0]['decision'], name = '张三') {
  const { materials } = await receiptsFor(desk, [socialCardItem], 'test');
  return (
    await desk.call('cases.register', registration({ itemCodes: [socialCardItem], applicant: { ...person, name }, materials, decision }))
  ).caseNo;
}

describe('下载PDF before the first print', () => {
  it('is a preview copy marked as such, numbered and kept nowhere; the first 打印 is the original, not 补打', async () => {
    const { renderer, rendered } = recordingRenderer();
    desk = await readyDesk(renderer);
    const caseNo = await registerOne({ kind: 'accept' });
    const before = { audit: rowCount('audit_log'), outbox: rowCount('outbox') };

    const preview = await desk.call('print.download', { caseNo, docType: 'acceptance-notice' });
    expect(preview).toMatchObject({ previewCopy: true, fileName: `受理通知书-${caseNo}-预览件.pdf` });
    const paper = textOf(rendered.at(-1)!);
    expect(paper).toContain('预览件（未正式打印）');
    expect(paper).toContain('预览时间');
    expect(paper).not.toMatch(/JC受字/);
    expect(await desk.call('print.documents', { caseNo })).toEqual([]);
    expect({ audit: rowCount('audit_log'), outbox: rowCount('outbox') }).toEqual(before);

    const issued = await desk.call('print.issue', { caseNo, docType: 'acceptance-notice' });
    expect(issued.reprint).toBe(false);
    const original = textOf(rendered.at(-1)!);
    expect(original).not.toContain('预览件');
    expect(original).not.toContain('补打');

    const afterPrint = await desk.call('print.download', { caseNo, docType: 'acceptance-notice' });
    expect(afterPrint).toMatchObject({ previewCopy: false, fileName: `受理通知书-${caseNo}.pdf` });
    expect((await desk.call('print.documents', { caseNo })).map((d) => d.reprint)).toEqual([false]);
  });
});

describe('settings the paper names', () => {
  async function bareDesk() {
    desk = openPrintDesk(recordingRenderer().renderer);
    await desk.call(
      'setup.initialize',
      { hallName: '江川市政务服务中心', hallCode: 'JC', deskNo: '03', admin: { staffNo: 'A001', name: '王管理', password: adminPassword } },
      'test',
    );
  }

  it('refuse every case document until the status site is set, saying what to fill in and where', async () => {
    await bareDesk();
    const caseNo = await registerOne({ kind: 'accept' });
    for (const channel of ['print.issue', 'print.preview', 'print.download'] as const) {
      const error = await desk.fail(channel, { caseNo, docType: 'acceptance-notice' });
      expect(error).toMatchObject({ code: 'SETTINGS_REQUIRED', field: 'statusBaseUrl' });
      expect(error.message).toContain('“办理进度查询网址”');
      expect(error.message).toContain('系统设置 → 打印设置');
    }
    expect(rowCount('case_documents')).toBe(0);
    const settings = await desk.call('print.settings.get', {});
    await desk.call('print.settings.update', { ...settings, statusBaseUrl: paperSettings.statusBaseUrl });
    expect((await desk.call('print.issue', { caseNo, docType: 'acceptance-notice' })).reprint).toBe(false);
  });

  it('refuse the 不予受理通知书 until the 行政复议机关 and the 人民法院 are set, then name them', async () => {
    await bareDesk();
    const caseNo = await registerOne(
      { kind: 'refuse', reasonKind: 'outside-powers', reasonText: '户籍不在本市', referTo: '户籍地社会保险经办机构' },
      '王五',
    );
    const settings = await desk.call('print.settings.get', {});
    await desk.call('print.settings.update', { ...settings, statusBaseUrl: paperSettings.statusBaseUrl });
    const error = await desk.fail('print.issue', { caseNo, docType: 'refusal-notice' });
    expect(error.code).toBe('SETTINGS_REQUIRED');
    expect(error.message).toContain('“行政复议机关”、“行政诉讼的人民法院”');
    await desk.call('print.settings.update', { ...settings, ...paperSettings });
    const text = textOf(documentHtml(await desk.call('print.preview', { caseNo, docType: 'refusal-notice' })));
    expect(text).toContain(`60日内向${paperSettings.reviewAuthority}申请行政复议`);
    expect(text).toContain(`6个月内向${paperSettings.litigationCourt}提起行政诉讼`);
  });

  it('are asked at first-run setup, and the example address of earlier versions counts as not set', async () => {
    desk = await readyDesk(recordingRenderer().renderer);
    expect(await desk.call('print.settings.get', {})).toMatchObject(paperSettings);
    const caseNo = await registerOne({ kind: 'accept' });
    const settings = await desk.call('print.settings.get', {});
    const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
    setSetting(db, 'print.settings', JSON.stringify({ ...settings, statusBaseUrl: 'https://zwfw.example.gov.cn' }));
    db.close();
    expect((await desk.fail('print.issue', { caseNo, docType: 'acceptance-receipt' })).code).toBe('SETTINGS_REQUIRED');
  });
});

describe('documents signed with the applicant', () => {
  it('the 容缺受理承诺书 lists each deferred material with its deadline and has the signature lines', async () => {
    desk = await readyDesk(recordingRenderer().renderer);
    const kase = await register(desk, ['32050000SJ-XK-0001'], {
      missing: ['premises-proof'],
      decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-03' }] },
      session: 'test',
    });
    const data = await desk.call('print.preview', { caseNo: kase.caseNo, docType: 'deferred-commitment' });
    expect(data.copies).toHaveLength(2);
    const text = textOf(documentHtml(data));
    expect(text).toContain('容缺受理承诺书');
    expect(text).toMatch(/住所（经营场所）使用证明.*2026年3月3日前/);
    expect(text).toContain('承诺人（申请人）签字（盖章）');
  });

  it('the 送达回证 prints at 出件 with the receiver’s name and ID number as recorded at hand-over', async () => {
    desk = await readyDesk(recordingRenderer().renderer);
    const caseNo = await registerOne({ kind: 'accept' });
    expect((await desk.fail('print.preview', { caseNo, docType: 'delivery-receipt' })).code).toBe('VALIDATION');
    await desk.call('lifecycle.start', { caseNo, position: 0 });
    await desk.call('lifecycle.recordDecision', {
      caseNo,
      position: 0,
      outcome: 'approved',
      docNo: '江社保〔2026〕3号',
      decidedOn: '2026-03-02',
    });
    const delivery = {
      caseNo,
      method: 'window',
      recipient: '李明',
      recipientKind: 'other',
      proxyReason: '申请人委托代领',
      documents: '社会保障卡1张',
      signed: true,
    } as const;
    const noId = await desk.fail('lifecycle.deliver', delivery);
    expect(noId).toMatchObject({ field: 'recipientIdNumber', message: '请填写领取人的证件号码' });
    await desk.call('lifecycle.deliver', { ...delivery, recipientIdNumber: '44052418800101001x' });
    const text = textOf(documentHtml(await desk.call('print.preview', { caseNo, docType: 'delivery-receipt' })));
    expect(text).toContain('送达回证');
    expect(text).toContain('签收人李明（其他代收人）');
    expect(text).toContain('签收人证件号码44052418800101001X');
    expect(text).toContain('代收理由申请人委托代领');
    expect(text).toContain('送达文书及份数社会保障卡1张');
  });
});
