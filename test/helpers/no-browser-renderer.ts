import type { PdfRenderer } from '../../src/main/services/printing/pdf-renderer';

/** A renderer that never starts a browser, for tests that print for the number and records, not the paper. */
export const noBrowserRenderer: PdfRenderer = {
  kind: 'chromium',
  render: () => Promise.resolve(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF')),
  close: () => Promise.resolve(),
};
