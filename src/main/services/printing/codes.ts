import type BwipJs from 'bwip-js/node';
import { createRequire } from 'node:module';
import type QRCodeModule from 'qrcode';

// Loaded by the first document, not with the back end: its start is the clerk's wait.
const requireHere = createRequire(import.meta.url);
let bwip: typeof BwipJs | null = null;
let qrcode: typeof QRCodeModule | null = null;

/**
 * The machine-readable codes on every case document, drawn as SVG markup from generated values
 * only (the case number, the status URL): no applicant text ever goes into them, which is why
 * the templates may insert them raw.
 */

/** Code 128 of the case number; stretched to the box the template gives it. */
export function code128Svg(text: string): string {
  bwip ??= requireHere('bwip-js/node') as typeof BwipJs;
  const svg = bwip.toSVG({ bcid: 'code128', text, scale: 2, height: 10, paddingwidth: 10, paddingheight: 0 });
  return svg.replace('<svg ', '<svg preserveAspectRatio="none" ');
}

/** QR code (error correction M) with the standard 4-module quiet zone. */
export function qrSvg(text: string): string {
  qrcode ??= requireHere('qrcode') as typeof QRCodeModule;
  const qr = qrcode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const cells: string[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (qr.modules.get(row, col)) cells.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
    }
  }
  const total = size + quiet * 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${cells.join('')}"/></svg>`;
}
