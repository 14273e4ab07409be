/**
 * Outcome of checking one identifier. On failure `message` is Chinese and says what is wrong,
 * so the clerk can fix the entry without guessing.
 */
export type Sex = 'male' | 'female';

export type IdCheck =
  | {
      ok: true;
      /** The value to store: trimmed, half-width, upper-case, without inner spaces. */
      normalized: string;
      /** YYYY-MM-DD, only for identifiers that encode a birth date. */
      birthDate?: string;
      sex?: Sex;
    }
  | { ok: false; message: string };

export function idInvalid(message: string): IdCheck {
  return { ok: false, message };
}
