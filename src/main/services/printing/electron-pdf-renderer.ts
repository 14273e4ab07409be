import type { PaperKind } from '../../../shared/print/doc-types';
import { printReplySchema, type FromBackend, type PrintReply } from '../../backend/process-protocol';
import { PdfRenderFailedError, type DocumentPrinter, type PdfRenderer, type RenderRequest } from './pdf-renderer';

/** Electron's `process.parentPort` in a utilityProcess, as far as printing needs it. */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: FromBackend): void;
}

type Ask = { type: 'pdf-request'; paper: PaperKind } | { type: 'print-request'; paper: PaperKind; deviceName: string; copies: number };

/**
 * The desktop app's renderer and printer: the back end sends the document's HTML in the message
 * to the Electron main process (over the parent port), which sets it into a warm hidden
 * sandboxed window and renders it with webContents.printToPDF, or prints it with webContents.print.
 */
export class ElectronPdfRenderer implements PdfRenderer, DocumentPrinter {
  readonly kind = 'electron' as const;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(reply: PrintReply): void; reject(error: Error): void; timer: NodeJS.Timeout }>();

  constructor(
    private readonly port: ParentPortLike,
    private readonly timeoutMs = 60_000,
  ) {
    port.on('message', (event) => {
      const parsed = printReplySchema.safeParse(event.data);
      if (!parsed.success) return;
      const waiter = this.waiting.get(parsed.data.id);
      if (!waiter) return;
      this.waiting.delete(parsed.data.id);
      clearTimeout(waiter.timer);
      waiter.resolve(parsed.data);
    });
  }

  private ask(html: string, body: Ask): Promise<PrintReply> {
    const id = this.nextId++;
    return new Promise<PrintReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new PdfRenderFailedError('桌面程序未响应'));
      }, this.timeoutMs);
      this.waiting.set(id, { resolve, reject, timer });
      this.port.postMessage({ ...body, id, html });
    });
  }

  async render({ html, paper }: RenderRequest): Promise<Buffer> {
    const reply = await this.ask(html, { type: 'pdf-request', paper });
    if (reply.type !== 'pdf-result' || !reply.ok || !reply.pdf) throw new PdfRenderFailedError(reply.message ?? '桌面程序未返回 PDF');
    return Buffer.from(reply.pdf);
  }

  async print({ html, paper, deviceName, copies }: RenderRequest & { deviceName: string; copies: number }) {
    const reply = await this.ask(html, { type: 'print-request', paper, deviceName, copies });
    if (reply.type !== 'print-result' || !reply.ok) throw new PdfRenderFailedError(reply.message ?? '打印失败');
    return { mode: reply.mode ?? (deviceName ? 'silent' : 'dialog') };
  }

  async close(): Promise<void> {
    for (const [id, waiter] of this.waiting) {
      clearTimeout(waiter.timer);
      waiter.reject(new PdfRenderFailedError('后台服务已关闭'));
      this.waiting.delete(id);
    }
  }
}
