import { call } from '../api/client';
import type { CaseDocType } from '../../shared/print/doc-types';

/** The desktop app's preload says so; in a browser the web host serves the page. */
export function isDesktopShell(): boolean {
  return (window as unknown as { halldesk?: { shell?: string } }).halldesk?.shell === 'electron';
}

function pdfBlob(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'application/pdf' });
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface PrintOutcome {
  documentId: number;
  docNo: string;
  reprint: boolean;
  /** What happened to the paper: sent to the printer, the system dialog, or a browser tab. */
  via: 'silent' | 'dialog' | 'browser';
}

/**
 * 打印: the back end renders and keeps the PDF (a second time is a 补打), then the desktop app
 * prints it (silently to the hall's printer, or the system dialog), and a browser opens the
 * stored PDF in a new tab for its own print dialog.
 */
export async function printCaseDocument(caseNo: string, docType: CaseDocType, tab: Window | null = null): Promise<PrintOutcome> {
  try {
    const issued = await call('print.issue', { caseNo, docType });
    if (isDesktopShell()) {
      const sent = await call('print.send', { documentId: issued.documentId });
      return { documentId: issued.documentId, docNo: issued.docNo, reprint: issued.reprint, via: sent.mode };
    }
    const url = `/documents/${issued.documentId}.pdf`;
    if (tab) tab.location.href = url;
    else window.open(url, '_blank');
    return { documentId: issued.documentId, docNo: issued.docNo, reprint: issued.reprint, via: 'browser' };
  } catch (error) {
    tab?.close();
    throw error;
  }
}

/**
 * A browser lets a page open a tab only in the click itself, not after an await: the print
 * button opens the (empty) tab at once and the PDF is shown in it when the back end is done.
 */
export function openTabForPdf(): Window | null {
  if (isDesktopShell()) return null;
  const tab = window.open('about:blank', '_blank');
  if (tab) tab.opener = null;
  return tab;
}

/**
 * 下载PDF: the printed original once printed; before that a preview copy marked as such. It
 * never issues the document, so the first 打印 is the original, never a 补打.
 */
export async function downloadCaseDocument(caseNo: string, docType: CaseDocType): Promise<{ previewCopy: boolean }> {
  const file = await call('print.download', { caseNo, docType });
  saveBlob(pdfBlob(file.pdfBase64), file.fileName);
  return { previewCopy: file.previewCopy };
}

export async function printGuide(code: string, mode: 'open' | 'download'): Promise<void> {
  const file = await call('print.guidePdf', { code });
  const blob = pdfBlob(file.pdfBase64);
  if (mode === 'download' || isDesktopShell()) saveBlob(blob, file.fileName);
  else window.open(URL.createObjectURL(blob), '_blank', 'noopener');
}
