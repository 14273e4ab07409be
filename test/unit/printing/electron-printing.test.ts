import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FromBackend } from '../../../src/main/backend/process-protocol';
import { isPrintTempFile, printOptions, roll80PageSize } from '../../../src/main/electron/print-options';
import { chromiumCandidates, findChromium } from '../../../src/main/services/printing/chromium-pdf-renderer';
import { ElectronPdfRenderer, type ParentPortLike } from '../../../src/main/services/printing/electron-pdf-renderer';
import { noBrowserMessage, PdfRendererUnavailableError, pdfPageCount } from '../../../src/main/services/printing/pdf-renderer';
import { ChromiumPdfRenderer } from '../../../src/main/services/printing/chromium-pdf-renderer';

/** A parent port whose "main process" answers with the given function. */
function fakePort(answer: (message: FromBackend, seenHtml: string) => unknown): ParentPortLike & { sent: FromBackend[] } {
  let listener: ((event: { data: unknown }) => void) | null = null;
  const sent: FromBackend[] = [];
  return {
    sent,
    on: (_event, l) => {
      listener = l;
    },
    postMessage: (message) => {
      sent.push(message);
      const html = 'htmlPath' in message ? readFileSync(message.htmlPath, 'utf8') : '';
      queueMicrotask(() => listener?.({ data: answer(message, html) }));
    },
  };
}

describe('printing in the desktop app', () => {
  it('asks the main process for the PDF over the parent port, with the HTML in print-tmp', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'halldesk-electron-'));
    let seen = '';
    const port = fakePort((message, html) => {
      seen = html;
      return { type: 'pdf-result', id: (message as { id: number }).id, ok: true, pdf: new Uint8Array(Buffer.from('%PDF-1.7 /Type /Page')) };
    });
    const renderer = new ElectronPdfRenderer(port, join(dir, 'print-tmp'));
    const pdf = await renderer.render({ html: '<p>受理通知书</p>', paper: 'A4' });
    expect(pdf.toString()).toBe('%PDF-1.7 /Type /Page');
    expect(seen).toBe('<p>受理通知书</p>');
    const request = port.sent[0] as Extract<FromBackend, { type: 'pdf-request' }>;
    expect(request).toMatchObject({ type: 'pdf-request', paper: 'A4' });
    expect(isPrintTempFile(request.htmlPath, dir)).toBe(true);
    expect(existsSync(request.htmlPath)).toBe(false); // removed once answered
  });

  it('reports a refused print with the message from main', async () => {
    const port = fakePort((message) => ({ type: 'print-result', id: (message as { id: number }).id, ok: false, message: '已取消打印' }));
    const renderer = new ElectronPdfRenderer(port, mkdtempSync(join(tmpdir(), 'halldesk-electron-')));
    await expect(renderer.print({ html: '<p/>', paper: 'A4', deviceName: '', copies: 1 })).rejects.toThrow('已取消打印');
  });

  it('loads only HTML files from the data folder’s print-tmp', () => {
    expect(isPrintTempFile('/data/print-tmp/abc.html', '/data')).toBe(true);
    expect(isPrintTempFile('/data/print-tmp/../halldesk.sqlite3', '/data')).toBe(false);
    expect(isPrintTempFile('/etc/passwd.html', '/data')).toBe(false);
    expect(isPrintTempFile('/data/print-tmp/sub/x.html', '/data')).toBe(false);
  });

  it('prints silently to the configured printer, else through the system dialog', () => {
    const base = { type: 'print-request' as const, id: 1, htmlPath: '/d/print-tmp/x.html', copies: 1 };
    expect(printOptions({ ...base, paper: 'A4', deviceName: 'HP LaserJet 窗口3' })).toMatchObject({ silent: true, deviceName: 'HP LaserJet 窗口3', pageSize: 'A4' });
    expect(printOptions({ ...base, paper: 'A4', deviceName: '' })).toMatchObject({ silent: false });
    expect(printOptions({ ...base, paper: 'roll80', deviceName: 'XP-80C' }, 378).pageSize).toEqual(roll80PageSize(378).microns);
    expect(roll80PageSize(378).heightMm).toBe(105); // 378 px = 100.0 mm, plus 4 mm, rounded up
  });
});

describe('finding a browser to render with', () => {
  it('prefers HALLDESK_CHROMIUM, then the usual places per platform', () => {
    expect(chromiumCandidates({ HALLDESK_CHROMIUM: '/opt/c/chrome' }, 'linux')[0]).toBe('/opt/c/chrome');
    expect(chromiumCandidates({}, 'linux')).toContain('/usr/bin/chromium');
    expect(chromiumCandidates({ 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32')[0]).toContain('msedge.exe');
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, () => false)).toBeNull();
  });

  it('says in Chinese when there is none', async () => {
    const renderer = new ChromiumPdfRenderer({ workDir: mkdtempSync(join(tmpdir(), 'halldesk-none-')), executablePath: null });
    await expect(renderer.render({ html: '<p/>', paper: 'A4' })).rejects.toBeInstanceOf(PdfRendererUnavailableError);
    await expect(renderer.render({ html: '<p/>', paper: 'A4' })).rejects.toThrow(noBrowserMessage);
  });

  it('counts the pages of a PDF', () => {
    expect(pdfPageCount(Buffer.from('<< /Type /Pages /Kids [] >> << /Type /Page >> << /Type/Page >>'))).toBe(2);
  });
});
