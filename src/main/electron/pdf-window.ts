import { BrowserWindow } from 'electron';
import { printRequestSchema, type PrintReply, type PrintRequest } from '../backend/process-protocol';
import { isPrintTempFile, printOptions, roll80PageSize } from './print-options';
import { printWindowPreferences } from './print-session';

/**
 * The main-process side of printing in the desktop app. The back end (utilityProcess) cannot
 * open windows: it writes a document's HTML to <data>/print-tmp/ and asks here. One hidden
 * window, sandboxed, no preload, its own session partition, renders each document in turn:
 * webContents.printToPDF for the PDF that is kept with the case, webContents.print for the
 * hall's printer (silent to the printer set for the document type, else the system dialog).
 */
export interface PrintChannel {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  postMessage(message: PrintReply): void;
}

let window: BrowserWindow | null = null;
let queue: Promise<unknown> = Promise.resolve();

function printWindow(): BrowserWindow {
  if (window && !window.isDestroyed()) return window;
  window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: printWindowPreferences,
  });
  window.on('closed', () => {
    window = null;
  });
  return window;
}

async function load(request: PrintRequest): Promise<{ target: BrowserWindow; height: number }> {
  const target = printWindow();
  await target.loadFile(request.htmlPath);
  await target.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
  const height = Number(await target.webContents.executeJavaScript('Math.ceil(document.body.getBoundingClientRect().height)'));
  if (request.paper === 'roll80') await target.webContents.insertCSS(`@page { size: 80mm ${roll80PageSize(height).heightMm}mm; margin: 0; }`);
  return { target, height };
}

async function handle(request: PrintRequest): Promise<PrintReply> {
  try {
    const { target, height } = await load(request);
    if (request.type === 'pdf-request') {
      const pdf = await target.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      return { type: 'pdf-result', id: request.id, ok: true, pdf: new Uint8Array(pdf) };
    }
    const options = printOptions(request, height);
    const mode = options.silent ? 'silent' : 'dialog';
    return await new Promise<PrintReply>((resolve) => {
      target.webContents.print(options, (success, failureReason) =>
        resolve(
          success
            ? { type: 'print-result', id: request.id, ok: true, mode }
            : { type: 'print-result', id: request.id, ok: false, message: failureReason === 'cancelled' ? '已取消打印' : `打印失败：${failureReason}` },
        ),
      );
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return request.type === 'pdf-request'
      ? { type: 'pdf-result', id: request.id, ok: false, message }
      : { type: 'print-result', id: request.id, ok: false, message };
  }
}

/** Answers the back end's print requests, one at a time (one window serves them all). */
export function servePrintRequests(child: PrintChannel, dataDir: string): void {
  child.on('message', (raw) => {
    const parsed = printRequestSchema.safeParse(raw);
    if (!parsed.success) return;
    const request = parsed.data;
    if (!isPrintTempFile(request.htmlPath, dataDir)) {
      const refusal = '拒绝打印：文件不在打印临时目录中';
      child.postMessage(
        request.type === 'pdf-request'
          ? { type: 'pdf-result', id: request.id, ok: false, message: refusal }
          : { type: 'print-result', id: request.id, ok: false, message: refusal },
      );
      return;
    }
    queue = queue.then(() => handle(request).then((reply) => child.postMessage(reply)));
  });
}

export function closePrintWindow(): void {
  if (window && !window.isDestroyed()) window.destroy();
  window = null;
}
