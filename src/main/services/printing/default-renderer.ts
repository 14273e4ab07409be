import { ChromiumPdfRenderer } from './chromium-pdf-renderer';
import { ElectronPdfRenderer, type ParentPortLike } from './electron-pdf-renderer';
import type { DocumentPrinter, PdfRenderer } from './pdf-renderer';
import { printWorkDir } from './warm-page';

/** What the back end prints with; the entry point that starts it chooses, nothing sniffs. */
export interface PdfSetup {
  renderer: PdfRenderer;
  /** Only the desktop app can send a document to a printer. */
  printer: DocumentPrinter | null;
}

/** The web host's (and any plain Node process's): a Chromium-family browser found on the machine. */
export function chromiumPdfSetup(dataDir: string): PdfSetup {
  return { renderer: new ChromiumPdfRenderer({ workDir: printWorkDir(dataDir) }), printer: null };
}

/** The desktop app's, whose back end runs in a utilityProcess: the main process renders and prints. */
export function electronPdfSetup(port: ParentPortLike): PdfSetup {
  const electron = new ElectronPdfRenderer(port);
  return { renderer: electron, printer: electron };
}
