import type { BrowserWindow, WebContents } from 'electron';
import type { PrintReply, PrintRequest } from '../backend/process-protocol';
import { WarmPool } from '../services/printing/warm-pool';
import { printOptions, roll80PageSize } from './print-options';
import { rollPageScript, setDocumentScript, warmFontsScript } from './print-page-scripts';

type Paper = PrintRequest['paper'];

/** What printing needs of a hidden BrowserWindow (tests give a fake). */
export interface PrintWindowLike extends Pick<BrowserWindow, 'isDestroyed' | 'destroy' | 'loadURL'> {
  webContents: Pick<WebContents, 'executeJavaScript' | 'printToPDF' | 'print' | 'isCrashed'>;
}

export interface PrintWindowsDeps {
  /** A new hidden, sandboxed window in the print session (print-session.ts). */
  createWindow(paper: Paper): PrintWindowLike;
  /** The blank base page at a file URL (warm-page.ts), so documents may load fonts by file URL. */
  baseUrl(): string;
  /** The print fonts' @font-face rules (font-css.ts). */
  fontCss(): string;
}

/**
 * The desktop app's warm print windows: one hidden window per paper size, opened on its first
 * document with the print fonts loaded and decoded, and kept. Each document is set into it
 * (no navigation, no file), measured once its fonts are ready, then rendered or printed. A window
 * that failed is destroyed and the next document of its paper gets a new one. Requests come one
 * at a time (servePrintRequests queues them), so one window per paper size is enough.
 */
export class PrintWindows {
  private readonly all = new Set<PrintWindowLike>();
  private readonly pool = new WarmPool<Paper, PrintWindowLike>(
    {
      open: (paper) => this.open(paper),
      usable: (window) => !window.isDestroyed() && !window.webContents.isCrashed(),
      discard: (window) => this.destroy(window),
    },
    1,
  );

  constructor(private readonly deps: PrintWindowsDeps) {}

  /** Windows opened so far (each paper size opens one while its window stays healthy). */
  get opened(): number {
    return this.pool.opened;
  }

  private async open(paper: Paper): Promise<PrintWindowLike> {
    const window = this.deps.createWindow(paper);
    this.all.add(window);
    try {
      await window.loadURL(this.deps.baseUrl());
      await window.webContents.executeJavaScript(warmFontsScript(this.deps.fontCss()));
      return window;
    } catch (error) {
      this.destroy(window);
      throw error;
    }
  }

  private destroy(window: PrintWindowLike): void {
    this.all.delete(window);
    if (!window.isDestroyed()) window.destroy();
  }

  async handle(request: PrintRequest): Promise<PrintReply> {
    try {
      const window = await this.pool.take(request.paper);
      let healthy = false;
      try {
        const reply = await this.renderIn(window, request);
        healthy = true;
        return reply;
      } finally {
        this.pool.give(request.paper, window, healthy);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return request.type === 'pdf-request'
        ? { type: 'pdf-result', id: request.id, ok: false, message }
        : { type: 'print-result', id: request.id, ok: false, message };
    }
  }

  private async renderIn(window: PrintWindowLike, request: PrintRequest): Promise<PrintReply> {
    const contents = window.webContents;
    const height = Number(await contents.executeJavaScript(setDocumentScript(request.html)));
    if (!Number.isFinite(height)) throw new Error('无法测量文档高度');
    if (request.paper === 'roll80') await contents.executeJavaScript(rollPageScript(roll80PageSize(height).heightMm));
    if (request.type === 'pdf-request') {
      const pdf = await contents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      return { type: 'pdf-result', id: request.id, ok: true, pdf: new Uint8Array(pdf) };
    }
    const options = printOptions(request, height);
    const mode = options.silent ? 'silent' : 'dialog';
    // A cancelled dialog or a printer's refusal is an answer, not a broken window.
    return await new Promise<PrintReply>((resolve) => {
      contents.print(options, (success, failureReason) =>
        resolve(
          success
            ? { type: 'print-result', id: request.id, ok: true, mode }
            : {
                type: 'print-result',
                id: request.id,
                ok: false,
                message: failureReason === 'cancelled' ? '已取消打印' : `打印失败：${failureReason}`,
              },
        ),
      );
    });
  }

  /** Destroys every window (the app is closing or the desk's window is gone). */
  closeAll(): void {
    for (const window of [...this.all]) this.destroy(window);
    this.pool.forget();
  }
}
