import { ChromiumPdfRenderer } from './chromium-pdf-renderer';
import { ElectronPdfRenderer, type ParentPortLike } from './electron-pdf-renderer';
import type { DocumentPrinter, PdfRenderer } from './pdf-renderer';
import { printWorkDir } from './print-service';

/**
 * The renderer this back end uses: inside Electron's utilityProcess (process.parentPort
 * exists) the main process renders and prints; anywhere else a Chromium found on the machine.
 */
export function defaultPdfRenderer(dataDir: string): { renderer: PdfRenderer; printer: DocumentPrinter | null } {
  const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
  if (parentPort) {
    const electron = new ElectronPdfRenderer(parentPort, printWorkDir(dataDir));
    return { renderer: electron, printer: electron };
  }
  return { renderer: new ChromiumPdfRenderer({ workDir: printWorkDir(dataDir) }), printer: null };
}
