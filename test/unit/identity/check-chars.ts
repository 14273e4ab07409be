/**
 * Test-side check-character calculators, derived from the formulas in the standards rather than
 * the tabulated weights the production code uses, so a wrong table entry cannot hide.
 */
export function gb11643Complete(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const weight = 2 ** (17 - i) % 11;
    sum += Number(first17[i]) * weight;
  }
  const remainder = sum % 11;
  // ISO 7064 MOD 11-2: the check value c satisfies (sum + c) ≡ 1 (mod 11); 10 is written X.
  const value = (12 - remainder) % 11;
  return first17 + (value === 10 ? 'X' : String(value));
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function creditCodeComplete(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += CREDIT_ALPHABET.indexOf(first17[i] ?? '') * weight;
    weight = (weight * 3) % 31;
  }
  const value = (31 - (sum % 31)) % 31;
  return first17 + CREDIT_ALPHABET[value];
}

/** Every character that may stand in the check position, minus the correct one. */
export function wrongCheckChars(code: string, alphabet: string): string[] {
  const correct = code.slice(-1);
  return [...alphabet].filter((char) => char !== correct);
}

export const CREDIT_CODE_ALPHABET = CREDIT_ALPHABET;
