import type { PrintData } from '../shared/print/print-data';

/**
 * The documents' CSS, scoped under .pd-root so the renderer's preview can carry it beside the
 * app's own styles. Layout is CSS only: tables flow onto further pages, their <thead> repeats,
 * and rows never split. pageCss() adds the @page rules for a printed document.
 */
export const printFontFamily =
  "'Noto Sans SC', 'HallDesk CJK Ext', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

export const documentCss = `
.pd-root { font-family: ${printFontFamily}; color: #000; font-size: 10pt; line-height: 1.45; background: #fff; }
.pd-root * { box-sizing: border-box; }
.pd-copy + .pd-copy { break-before: page; }
.pd-head { text-align: center; margin-bottom: 2mm; position: relative; }
.pd-header-text { font-size: 13pt; letter-spacing: 1pt; }
.pd-title { font-size: 20pt; font-weight: 700; letter-spacing: 4pt; margin: 1mm 0 0; }
.pd-subtitle { font-size: 11pt; }
.pd-copy-label { position: absolute; right: 0; top: 0; border: 1px solid #000; padding: 0.5mm 2mm; font-size: 9.5pt; }
.pd-reprint { position: absolute; left: 0; top: 2mm; border: 2.5px solid #c00; color: #c00; font-weight: 700; font-size: 16pt; letter-spacing: 3pt; padding: 0.5mm 2.5mm; transform: rotate(-8deg); }
.pd-preview-mark { border: 1.5px solid #c00; color: #c00; font-weight: 700; font-size: 11pt; padding: 0.5mm 2mm; display: inline-block; margin-bottom: 1mm; }
.pd-watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; transform: rotate(-30deg); font-size: 40pt; font-weight: 700; color: rgba(204, 0, 0, 0.14); pointer-events: none; z-index: 10; white-space: nowrap; }
.pd-meta { display: flex; justify-content: space-between; align-items: flex-end; gap: 4mm; border-bottom: 1.5px solid #000; padding-bottom: 1.5mm; margin-bottom: 2.5mm; }
.pd-meta-text { font-size: 10pt; }
.pd-docno { font-size: 11pt; }
.pd-codes { display: flex; align-items: flex-end; gap: 4mm; }
.pd-barcode-box { text-align: center; font-size: 8.5pt; }
.pd-barcode { display: block; width: 56mm; height: 11mm; }
.pd-qr-box { text-align: center; font-size: 8pt; line-height: 1.3; }
.pd-qr { display: block; width: 22mm; height: 22mm; margin: 0 auto; }
.pd-barcode svg, .pd-qr svg { display: block; width: 100%; height: 100%; }
.pd-addressee { font-size: 11.5pt; font-weight: 700; margin: 2mm 0 1mm; }
.pd-body { text-indent: 2em; margin: 0 0 1.5mm; text-align: justify; }
.pd-section { margin: 2.5mm 0 1mm; font-weight: 700; font-size: 10.5pt; break-after: avoid; }
.pd-table { width: 100%; border-collapse: collapse; margin-bottom: 1.5mm; font-size: 9.5pt; }
.pd-table th, .pd-table td { border: 0.75pt solid #000; padding: 0.8mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
.pd-table th { background: #eee; font-weight: 700; white-space: nowrap; }
.pd-table thead { display: table-header-group; }
.pd-table tr { break-inside: avoid; }
.pd-table .pd-num { text-align: center; white-space: nowrap; width: 9mm; }
.pd-table .pd-nowrap { white-space: nowrap; }
.pd-table .pd-hash { font-family: monospace; font-size: 7pt; line-height: 1.25; }
.pd-table .pd-w-name { width: 30%; }
.pd-table .pd-w-counts { width: 19%; }
.pd-table .pd-w-source { width: 17%; }
.pd-table .pd-w-date { width: 17%; }
.pd-table .pd-w-name-s { width: 26%; }
.pd-table .pd-w-counts-s { width: 13%; }
.pd-table .pd-w-method { width: 18%; }
.pd-table .pd-w-g-name { width: 19%; }
.pd-table .pd-w-g-need { width: 14%; }
.pd-table .pd-w-g-counts { width: 12%; }
.pd-table .pd-w-g-media { width: 9%; }
.pd-table .pd-w-g-source { width: 13%; }
.pd-kv th { width: 28mm; background: #f5f5f5; }
.pd-tall { height: 16mm; color: #555; font-size: 9pt; }
.pd-note { font-size: 9.5pt; margin: 1mm 0; }
.pd-strong { font-weight: 700; }
.pd-closing { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; margin-top: 3mm; break-inside: avoid; }
.pd-sign { flex: 1; font-size: 10.5pt; }
.pd-sign p { margin: 0 0 3.5mm; }
.pd-line { display: inline-block; min-width: 40mm; border-bottom: 0.75pt solid #000; }
.pd-seal-area { width: 56mm; text-align: center; }
.pd-seal { width: 34mm; height: 34mm; margin: 0 auto 1mm; border: 1px dashed #888; border-radius: 50%; display: flex; align-items: center; justify-content: center; color: #888; font-size: 9pt; }
.pd-seal img { width: 34mm; height: 34mm; object-fit: contain; }
.pd-footer { margin-top: 3mm; border-top: 0.75pt solid #000; padding-top: 1.5mm; font-size: 9pt; display: flex; flex-wrap: wrap; gap: 1mm 6mm; }
.pd-roll { font-size: 9pt; line-height: 1.45; }
.pd-roll .pd-header-text { font-size: 10.5pt; letter-spacing: 0; }
.pd-roll .pd-title { font-size: 14pt; letter-spacing: 2pt; }
.pd-roll .pd-reprint { position: static; display: inline-block; transform: none; font-size: 12pt; margin-top: 1mm; }
.pd-roll .pd-copy-label { position: static; display: inline-block; }
.pd-roll .pd-docno { font-size: 9pt; text-align: center; margin-bottom: 1.5mm; }
.pd-roll .pd-barcode-box { margin: 1mm auto 2mm; }
.pd-roll .pd-barcode { width: 66mm; height: 12mm; margin: 0 auto; }
.pd-roll .pd-qr { width: 30mm; height: 30mm; }
.pd-roll .pd-rule { border-top: 1px dashed #000; margin: 2mm 0; }
.pd-roll dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.6mm 2mm; }
.pd-roll dt { white-space: nowrap; }
.pd-roll dd { margin: 0; overflow-wrap: anywhere; }
.pd-roll .pd-table { font-size: 8.5pt; }
.pd-roll .pd-table th, .pd-roll .pd-table td { padding: 0.6mm 0.8mm; }
.pd-roll .pd-sign p { margin: 4mm 0 0; }
.pd-roll .pd-footer { display: block; }
`;

/** A CSS string literal: quotes, backslashes and anything that could end a <style> are escaped. */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((ch) => {
      if (ch === '"' || ch === '\\') return `\\${ch}`;
      if (ch === '<' || ch === '>' || ch === '&') return `\\${ch.charCodeAt(0).toString(16)} `;
      if (ch < ' ') return ' ';
      return ch;
    })
    .join('');
  return `"${escaped}"`;
}

/**
 * The @page rules of one printed document. A4: margins, and in the margin boxes the running
 * header (hall, title, number; not on the first page, which has the full head) and
 * "第 N 页 共 M 页". The 80 mm roll has no page margins; its height is fitted to the content by
 * the PDF renderer (CSS cannot say "as long as it needs").
 */
export function pageCss(data: PrintData): string {
  const margin = `font-family: ${printFontFamily}; font-size: 8.5pt; color: #333;`;
  if (data.paper === 'roll80') {
    return `@page { size: 80mm 297mm; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
body { width: 80mm; padding: 3mm 4mm 5mm; }`;
  }
  const running = [
    data.header.text,
    data.title,
    data.docNo ?? '',
    data.case ? `受理编号 ${data.case.caseNo}` : '',
    data.reprint ? '（补打）' : '',
  ]
    .filter(Boolean)
    .join('  ');
  return `@page {
  size: A4;
  margin: 15mm 15mm 16mm 15mm;
  @top-center { content: ${cssString(running)}; ${margin} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; ${margin} vertical-align: top; padding-top: 3mm; }
}
@page :first { @top-center { content: none; } }
html, body { margin: 0; padding: 0; background: #fff; }`;
}
