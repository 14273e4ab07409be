import type * as NodeFs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { printHtmlMaxChars, printRequestSchema, type FromBackend } from '../../../src/main/backend/process-protocol';
import { printOptions, roll80PageSize } from '../../../src/main/electron/print-options';
import { chromiumCandidates, findChromium } from '../../../src/main/services/printing/chromium-pdf-renderer';
import { ElectronPdfRenderer, type ParentPortLike } from '../../../src/main/services/printing/electron-pdf-renderer';
import { noBrowserMessage, PdfRendererUnavailableError, pdfPageCount } from '../../../src/main/services/printing/pdf-renderer';
import { ChromiumPdfRenderer } from '../../../src/main/services/printing/chromium-pdf-renderer';

/** Every file write, by the function used: the desktop renderer must make none per document. */
const fileWrites = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof NodeFs>();
  const recorded = <F extends (...args: never[]) => unknown>(name: string, fn: F) =>
    ((...args: Parameters<F>) => {
      fileWrites.push(name);
      return fn(...args);
    }) as F;
  const writers = {
    writeFileSync: recorded('writeFileSync', real.writeFileSync),
    writeFile: recorded('writeFile', real.writeFile),
    mkdirSync: recorded('mkdirSync', real.mkdirSync),
    openSync: recorded('openSync', real.openSync),
  };
  return { ...real, ...writers, default: { ...real, ...writers } };
});

/** A parent port whose "main process" answers with the given function. */
function fakePort(answer: (message: FromBackend) => unknown): ParentPortLike & { sent: FromBackend[] } {
  let listener: ((event: { data: unknown }) => void) | null = null;
  const sent: FromBackend[] = [];
  return {
    sent,
    on: (_event, l) => {
      listener = l;
    },
    postMessage: (message) => {
      sent.push(message);
      queueMicrotask(() => listener?.({ data: answer(message) }));
    },
  };
}

describe('printing in the desktop app', () => {
  it('asks the main process for the PDF over the parent port, the HTML in the message', async () => {
    const port = fakePort((message) => ({
      type: 'pdf-result',
      id: (message as { id: number }).id,
      ok: true,
      pdf: new Uint8Array(Buffer.from('%PDF-1.7 /Type /Page')),
    }));
    const renderer = new ElectronPdfRenderer(port);
    const pdf = await renderer.render({ html: '<p>受理通知书</p>', paper: 'A4' });
    expect(pdf.toString()).toBe('%PDF-1.7 /Type /Page');
    expect(port.sent).toEqual([{ type: 'pdf-request', id: 1, paper: 'A4', html: '<p>受理通知书</p>' }]);
    expect(printRequestSchema.safeParse(port.sent[0]).success).toBe(true);
  });

  it('writes no file per document', async () => {
    fileWrites.length = 0;
    const port = fakePort((message) => ({ type: 'print-result', id: (message as { id: number }).id, ok: true, mode: 'silent' }));
    await new ElectronPdfRenderer(port).print({ html: '<p>回执</p>', paper: 'roll80', deviceName: 'XP-80C', copies: 1 });
    expect(fileWrites).toEqual([]);
    expect(port.sent[0]).toMatchObject({ type: 'print-request', html: '<p>回执</p>' });
  });

  it('reports a refused print with the message from main', async () => {
    const port = fakePort((message) => ({ type: 'print-result', id: (message as { id: number }).id, ok: false, message: '已取消打印' }));
    const renderer = new ElectronPdfRenderer(port);
    await expect(renderer.print({ html: '<p/>', paper: 'A4', deviceName: '', copies: 1 })).rejects.toThrow('已取消打印');
  });

  it('refuses a malformed print request by its schema', () => {
    const good = { type: 'pdf-request', id: 1, paper: 'A4', html: '<p>受理通知书</p>' };
    expect(printRequestSchema.safeParse(good).success).toBe(true);
    expect(printRequestSchema.safeParse({ ...good, html: '' }).success).toBe(false);
    expect(printRequestSchema.safeParse({ ...good, html: 42 }).success).toBe(false);
    expect(printRequestSchema.safeParse({ ...good, html: 'x'.repeat(printHtmlMaxChars + 1) }).success).toBe(false);
    expect(printRequestSchema.safeParse({ type: 'pdf-request', id: 1, paper: 'A4', htmlPath: '/data/print-tmp/a.html' }).success).toBe(
      false,
    );
    expect(printRequestSchema.safeParse({ ...good, paper: 'A3' }).success).toBe(false);
  });

  it('prints silently to the configured printer, else through the system dialog', () => {
    const base = { type: 'print-request' as const, id: 1, html: '<p/>', copies: 1 };
    expect(printOptions({ ...base, paper: 'A4', deviceName: 'HP LaserJet 窗口3' })).toMatchObject({
      silent: true,
      deviceName: 'HP LaserJet 窗口3',
      pageSize: 'A4',
    });
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
