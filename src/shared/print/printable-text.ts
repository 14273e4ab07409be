import type { PrintData } from './print-data';

/**
 * Emoji on paper: the bundled fonts have none and a hall PC may have no emoji font either, so an
 * emoji would print as an empty box. They are refused instead (names refuse them at input;
 * this catches any other field, and data stored before): the clerk corrects the text first.
 */
const emoji = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u;

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The first text of the document that holds an emoji, or null when all of it can print. */
export function textWithEmoji(data: PrintData): string | null {
  // The barcode/QR markup and the seal image are generated or binary, not text.
  const { codes: _codes, sealImage: _seal, ...text } = data;
  return strings(text, []).find((s) => emoji.test(s)) ?? null;
}
