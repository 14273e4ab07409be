import type { WebContentsPrintOptions } from 'electron';
import type { PrintRequest } from '../backend/process-protocol';

/** 80 mm roll: the page fitted to the content height (px at 96 dpi), in mm and in microns. */
export function roll80PageSize(contentHeightPx: number): { heightMm: number; microns: { width: number; height: number } } {
  const heightMm = Math.max(60, Math.ceil((contentHeightPx * 25.4) / 96) + 4);
  return { heightMm, microns: { width: 80_000, height: heightMm * 1000 } };
}

/**
 * webContents.print options for a request: silent to the named printer when the hall set one
 * for this document type, else the system dialog (the clerk picks the printer there).
 */
export function printOptions(request: Extract<PrintRequest, { type: 'print-request' }>, contentHeightPx = 0): WebContentsPrintOptions {
  const silent = request.deviceName.trim() !== '';
  return {
    silent,
    printBackground: true,
    copies: request.copies,
    ...(silent ? { deviceName: request.deviceName } : {}),
    pageSize: request.paper === 'A4' ? 'A4' : roll80PageSize(contentHeightPx).microns,
  };
}
