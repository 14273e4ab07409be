/**
 * PostgreSQL's text and jsonb cannot hold U+0000, and jsonb refuses a lone UTF-16 surrogate, so
 * an event carrying either would fail its whole batch on every retry. Such an event is refused on
 * its own instead, before it reaches SQL.
 */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what must be found
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether text holds a character PostgreSQL's text cannot store (one native scan, for the hot path). */
export function hasUnstorableCharacter(text: string): boolean {
  // The plain class is several times cheaper to scan for; only text with surrogates (emoji, rare CJK) needs the pairing rule.
  return candidate.test(text) && unstorable.test(text);
}

// eslint-disable-next-line no-control-regex -- U+0000 is exactly what must be found
const candidate = /[\u0000\uD800-\uDFFF]/;

/** Deeper than any real payload; it keeps the recursive walks here and in hashing off the stack limit. */
export const maxJsonDepth = 64;

/**
 * Whether a parsed value nests deeper than `max`, found without recursion: JSON.parse itself
 * builds a value millions of levels deep without trouble, but every recursive walk after it
 * (validation, hashing, JSON.stringify of the rejection record) would overflow the stack.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= max) return true;
    for (const member of Object.values(next.value)) pending.push({ value: member, depth: next.depth + 1 });
  }
  return false;
}

export type StorableProblem = { kind: 'character'; path: string } | { kind: 'depth'; path: string };

export function findUnstorable(value: unknown, path = '', depth = 0): StorableProblem | null {
  if (depth > maxJsonDepth) return { kind: 'depth', path };
  if (typeof value === 'string') return unstorable.test(value) ? { kind: 'character', path } : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorable(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, member] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (unstorable.test(key)) return { kind: 'character', path: at };
      const found = findUnstorable(member, at, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** For the rejection record only: what cannot be stored becomes U+FFFD, and long text is cut. */
export function storableText(text: string, maxLength: number): string {
  const cut = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return cut.replace(new RegExp(unstorable.source, 'g'), '\uFFFD');
}
