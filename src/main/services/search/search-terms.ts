/** At most this many words are combined (AND) in one search. */
export const maxSearchTerms = 4;

/** The trigram index answers substrings of at least this many characters. */
export const trigramMinLength = 3;

/** The words of a search box, each counted in characters (a CJK ideograph is one). */
export function searchTerms(query: string): string[] {
  const seen = new Set<string>();
  for (const word of query.trim().split(/\s+/u)) {
    if (word !== '' && !seen.has(word)) seen.add(word);
    if (seen.size === maxSearchTerms) break;
  }
  return [...seen];
}

export function characterLength(term: string): number {
  return [...term].length;
}

/** A case number's serial typed alone ("12", "000012"): the digits a number ends with. */
export function isNumberTail(term: string): boolean {
  return /^[0-9]{1,9}$/.test(term);
}

/** The serial a case number or its tail ends in, if it is one. */
export function trailingSerial(term: string): number | null {
  const digits = /[0-9]{1,9}$/.exec(term)?.[0];
  return digits === undefined ? null : Number(digits);
}

const hasIdeograph = (term: string) => /\p{Script=Han}/u.test(term);

/**
 * Too short to mean anything: under 3 characters with no Chinese character (a name's one
 * character still finds it) and not a number's tail. Searching it would find nothing or anything.
 */
export function isTooShort(term: string): boolean {
  return characterLength(term) < trigramMinLength && !hasIdeograph(term) && !isNumberTail(term);
}

export const tooShortMessage = '请至少输入3个字符（姓名可只输入1个汉字，受理编号可只输入末尾的序号）';

/** An FTS5 query for the term as one literal string (a phrase of its trigrams). */
export function ftsPhrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** Longer terms are looked up by pieces of this many characters (see ftsQuery). */
export const ftsChunkLength = 7;

/**
 * The FTS5 query for a term. Up to 8 characters it is the phrase itself. A longer one (a whole
 * ID or phone number) is looked up by its last 7 characters only, the caller then checking the
 * whole term on the few rows found: the front of such a number (region code, 139…) is shared by
 * a large share of all cases, and every piece looked up costs the length of its list.
 */
export function ftsQuery(term: string): { match: string; verify: boolean } {
  const chars = [...term];
  if (chars.length <= ftsChunkLength + 1) return { match: ftsPhrase(term), verify: false };
  return { match: ftsPhrase(chars.slice(-ftsChunkLength).join('')), verify: true };
}

/**
 * A case number or its tail with the hall's letters in front ("JC-03-2026-000012"): found by its
 * serial and checked whole, never through the trigram index, where every case shares "JC-03-2026".
 */
export function isCaseNumber(term: string): boolean {
  return /^[A-Za-z]+-[A-Za-z0-9-]*[0-9]$/.test(term);
}

/** A LIKE pattern matching the term anywhere, with LIKE's own wildcards taken literally. */
export function likeAnywhere(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A whole number or a tail at least this long is looked up by the end of the numbers. */
export const numberSuffixMinLength = 6;

/** Digits (an ID number's last may be X) long enough to be a whole number or its tail. */
export function isNumberSuffix(term: string): boolean {
  return term.length >= numberSuffixMinLength && /^[0-9]+[0-9Xx]$/.test(term);
}

/**
 * The range of reversed numbers that end in the term: the term written backwards is their front,
 * so they sort from it up to (not including) it with its last character moved one on.
 */
export function reversedRange(term: string): { from: string; to: string } {
  const from = [...term.toUpperCase()].reverse().join('');
  const last = from.charCodeAt(from.length - 1);
  return { from, to: from.slice(0, -1) + String.fromCharCode(last + 1) };
}
