const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Chinese IMEs often produce full-width digits and letters (１２３Ｘ), and numbers are
 * frequently pasted with spaces between digit groups; neither should be a reason to
 * reject an otherwise correct number.
 */
export function toHalfWidth(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      result += String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    } else if (code === 0x3000) {
      result += ' ';
    } else {
      result += char;
    }
  }
  return result;
}

/** Half-width, no whitespace anywhere, upper-case: the canonical form of a document number. */
export function normalizeIdInput(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
}
