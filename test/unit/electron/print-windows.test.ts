import type { WebContentsPrintOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { PrintReply, PrintRequest } from '../../../src/main/backend/process-protocol';
import { answerPrintRequests, type PrintChannel } from '../../../src/main/electron/print-requests';
import { PrintWindows, type PrintWindowLike } from '../../../src/main/electron/print-windows';

/** A hidden window that records the scripts run in it; `failNextDocument` breaks its next render. */
class FakePrintWindow {
  static constructed: FakePrintWindow[] = [];
  destroyed = false;
  loaded: string[] = [];
  scripts: string[] = [];
  printed: WebContentsPrintOptions[] = [];
  failNextDocument = false;
  readonly webContents = {
    executeJavaScript: async (code: string): Promise<unknown> => {
      this.scripts.push(code);
      if (code.includes('DOMParser')) {
        if (this.failNextDocument) throw new Error('渲染进程已崩溃');
        return 378;
      }
      return true;
    },
    printToPDF: async () => Buffer.from('%PDF-1.7'),
    print: (options: WebContentsPrintOptions, callback: (success: boolean, reason: string) => void) => {
      this.printed.push(options);
      callback(true, '');
    },
    isCrashed: () => false,
  };

  constructor(readonly paper: string) {
    FakePrintWindow.constructed.push(this);
  }
  isDestroyed = () => this.destroyed;
  destroy = () => {
    this.destroyed = true;
  };
  loadURL = async (url: string) => {
    this.loaded.push(url);
  };
}

function printWindows() {
  FakePrintWindow.constructed = [];
  const windows = new PrintWindows({
    createWindow: (paper) => new FakePrintWindow(paper) as unknown as PrintWindowLike,
    baseUrl: () => 'file:///data/print-tmp/warm-page.html',
    fontCss: () => '@font-face { font-family: \'Noto Sans SC\'; src: url("file:///fonts/a.woff2"); }',
  });
  return { windows, made: FakePrintWindow.constructed };
}

const pdf = (id: number, paper: PrintRequest['paper'] = 'A4', html = `<p>受理通知书 ${id}</p>`): PrintRequest => ({
  type: 'pdf-request',
  id,
  paper,
  html,
});

describe('warm print windows in the main process', () => {
  it('opens one window per paper size with the fonts warmed, and reuses it for the next documents', async () => {
    const { windows, made } = printWindows();
    expect(await windows.handle(pdf(1))).toMatchObject({ type: 'pdf-result', id: 1, ok: true });
    expect(await windows.handle(pdf(2))).toMatchObject({ ok: true });
    expect(made).toHaveLength(1);
    expect(made[0]!.loaded).toEqual(['file:///data/print-tmp/warm-page.html']);
    expect(made[0]!.scripts[0]).toContain('Noto Sans SC'); // fonts first, once
    expect(made[0]!.scripts.filter((s) => s.includes('DOMParser'))).toHaveLength(2);
    expect(made[0]!.scripts[2]).toContain('受理通知书 2'); // each document set into the same page
    await windows.handle({ type: 'print-request', id: 3, paper: 'roll80', html: '<p>回执</p>', deviceName: 'XP-80C', copies: 1 });
    expect(made.map((w) => w.paper)).toEqual(['A4', 'roll80']);
    expect(windows.opened).toBe(2);
  });

  it('sizes the 80 mm roll to the measured content', async () => {
    const { windows, made } = printWindows();
    await windows.handle({ type: 'print-request', id: 1, paper: 'roll80', html: '<p>回执</p>', deviceName: 'XP-80C', copies: 1 });
    expect(made[0]!.scripts.at(-1)).toContain('@page { size: 80mm 105mm; margin: 0; }'); // 378 px measured
    expect(made[0]!.printed[0]).toMatchObject({ silent: true, deviceName: 'XP-80C', pageSize: { width: 80_000, height: 105_000 } });
  });

  it('destroys a window whose render failed and opens a new one for the next document', async () => {
    const { windows, made } = printWindows();
    await windows.handle(pdf(1));
    made[0]!.failNextDocument = true;
    expect(await windows.handle(pdf(2))).toEqual({ type: 'pdf-result', id: 2, ok: false, message: '渲染进程已崩溃' });
    expect(made[0]!.destroyed).toBe(true);
    expect(await windows.handle(pdf(3))).toMatchObject({ ok: true });
    expect(made).toHaveLength(2);
    expect(made[1]!.destroyed).toBe(false);
  });

  it('closes every window when the app closes', async () => {
    const { windows, made } = printWindows();
    await windows.handle(pdf(1));
    await windows.handle(pdf(2, 'roll80'));
    windows.closeAll();
    expect(made.map((w) => w.destroyed)).toEqual([true, true]);
  });
});

describe('print requests from the back end', () => {
  function channel() {
    let listener: ((message: unknown) => void) | null = null;
    const replies: PrintReply[] = [];
    const child: PrintChannel = {
      on: (_event, l) => {
        listener = l;
      },
      postMessage: (reply) => void replies.push(reply),
    };
    return { child, replies, send: (message: unknown) => listener?.(message) };
  }

  it('renders a well-formed request and refuses a malformed one without rendering it', async () => {
    const { child, replies, send } = channel();
    const handled: PrintRequest[] = [];
    answerPrintRequests(child, {
      handle: async (request) => {
        handled.push(request);
        return { type: 'pdf-result', id: request.id, ok: true, pdf: new Uint8Array([37]) };
      },
    });
    send({ type: 'pdf-request', id: 7, paper: 'A4', htmlPath: '/data/print-tmp/a.html' });
    send({ type: 'print-request', id: 8, paper: 'A4', html: '', deviceName: '', copies: 1 });
    send({ type: 'pdf-request', id: 9, paper: 'A4', html: '<p>受理通知书</p>' });
    send('garbage');
    await expect.poll(() => replies.length).toBe(3);
    expect(handled.map((r) => r.id)).toEqual([9]);
    expect(replies).toContainEqual({ type: 'pdf-result', id: 7, ok: false, message: '拒绝打印：请求格式不正确' });
    expect(replies).toContainEqual({ type: 'print-result', id: 8, ok: false, message: '拒绝打印：请求格式不正确' });
  });
});
