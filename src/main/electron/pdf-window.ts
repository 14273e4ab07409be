import { BrowserWindow } from 'electron';
import { printFontCss } from '../services/printing/font-css';
import { printWorkDir, warmPageUrl } from '../services/printing/warm-page';
import { answerPrintRequests, type PrintChannel } from './print-requests';
import { printWindowPreferences } from './print-session';
import { PrintWindows } from './print-windows';

/**
 * The main-process side of printing in the desktop app. The back end (utilityProcess) cannot
 * open windows: it sends a document's HTML here. Warm hidden windows (print-windows.ts, one per
 * paper size), sandboxed, no preload, in their own session partition, render it:
 * webContents.printToPDF for the PDF that is kept with the case, webContents.print for the
 * hall's printer (silent to the printer set for the document type, else the system dialog).
 */
let windows: PrintWindows | null = null;

function createPrintWindow(): BrowserWindow {
  return new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: printWindowPreferences });
}

export function servePrintRequests(child: PrintChannel, dataDir: string): void {
  windows ??= new PrintWindows({
    createWindow: createPrintWindow,
    baseUrl: () => warmPageUrl(printWorkDir(dataDir)),
    fontCss: printFontCss,
  });
  answerPrintRequests(child, windows);
}

export function closePrintWindow(): void {
  windows?.closeAll();
}
