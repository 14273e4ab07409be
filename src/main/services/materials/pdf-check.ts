/**
 * A cheap structural check that a PDF will open, and its page count, without a PDF library:
 * the header, a cross-reference section (classic `xref`/`trailer` or an xref stream) pointed at
 * by `startxref`, and the end marker. Page count: the page objects when they are plain text, else
 * the largest `/Count` of a page tree; a PDF whose objects are all compressed counts as one.
 * Returns null when the file is not a PDF that opens.
 */
export function checkPdf(bytes: Uint8Array): { pages: number } | null {
  const text = Buffer.from(bytes).toString('latin1');
  if (!/^%PDF-[12]\.\d/.test(text.slice(0, 1024).trimStart())) return null;
  const tail = text.slice(-2048);
  if (!tail.includes('%%EOF')) return null;
  const start = /startxref\s+(\d+)\s+%%EOF/.exec(tail);
  if (!start) return null;
  const offset = Number(start[1]);
  if (offset <= 0 || offset >= text.length) return null;
  const atXref = text.slice(offset, offset + 64);
  if (!/^\s*xref\b/.test(atXref) && !/^\s*\d+\s+\d+\s+obj\b/.test(atXref)) return null;
  return { pages: pageCount(text) };
}

function pageCount(text: string): number {
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  if (pages > 0) return pages;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) =>
    Number(m[1] ?? m[2]),
  );
  return Math.max(1, ...counts);
}
