import { call } from '../../api/client';
import { isDesktopShell, saveBlob } from '../../print/print-actions';

/** The 窗口日结单 from the back end's print pipeline: a tab to print from, or saved in the desktop app. */
export async function openLedgerPdf(day: string | undefined): Promise<void> {
  const file = await call('ledger.pdf', { day });
  const blob = new Blob([Uint8Array.from(atob(file.pdfBase64), (c) => c.charCodeAt(0))], { type: 'application/pdf' });
  if (isDesktopShell()) saveBlob(blob, file.fileName);
  else window.open(URL.createObjectURL(blob), '_blank', 'noopener');
}
