import { AppError } from '../../../shared/errors';
import type { PaperKind } from '../../../shared/print/doc-types';

/** A complete HTML document (inline CSS, fonts by file URL) and the paper it goes on. */
export interface RenderRequest {
  html: string;
  paper: PaperKind;
}

/**
 * Turns a document's HTML into a PDF. Two implementations: Chromium driven by playwright-core
 * (web host, tests, benches) and Electron's own Chromium in the main process (the desktop app,
 * whose back end runs in a utilityProcess that cannot open windows).
 */
export interface PdfRenderer {
  readonly kind: 'chromium' | 'electron';
  render(request: RenderRequest): Promise<Buffer>;
  close(): Promise<void>;
}

/** Prints HTML on a real printer: only the desktop app can. */
export interface DocumentPrinter {
  print(request: RenderRequest & { deviceName: string; copies: number }): Promise<{ mode: 'silent' | 'dialog' }>;
}

export const noBrowserMessage = '未找到可用于生成 PDF 的浏览器（Chromium/Edge/Chrome），请安装后重试或在桌面版中打印';

/** No browser to render with: the clerk reads the message, the code reads `reason`. */
export class PdfRendererUnavailableError extends AppError {
  readonly reason = 'no-browser';
  constructor(message = noBrowserMessage) {
    super('INTERNAL', message);
    this.name = 'PdfRendererUnavailableError';
  }
}

export class PdfRenderFailedError extends AppError {
  constructor(detail: string) {
    super('INTERNAL', `生成 PDF 失败：${detail}`);
    this.name = 'PdfRenderFailedError';
  }
}

/** Pages of a PDF written by Chromium (Skia writes each page object plainly). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** 80 mm roll: the page height that fits the measured content (CSS has no "auto" length). */
export function rollHeightMm(contentHeightPx: number): number {
  return Math.max(60, Math.ceil((contentHeightPx * 25.4) / 96) + 4);
}
