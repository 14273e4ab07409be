import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Desk credentials and enrolment codes are random, high-entropy secrets, not passwords a person
 * chose: nobody can guess them from a dictionary, so a fast SHA-256 is the right hash for storing
 * them (a slow password hash would only slow every request down and add nothing).
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** 32 random bytes, base64url: the secret half of a desk's credential, shown once. */
export function newCredentialSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares two secrets without leaking, through timing, how much of them matched. */
export function sameSecret(given: string, expectedHash: string): boolean {
  const a = Buffer.from(sha256Hex(given), 'hex');
  const b = Buffer.from(expectedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

// Crockford's base32: no I, L, O or U, so a code read over the phone cannot be mistyped as another.
const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const codeGroups = 4;
const groupLength = 4;

/** 16 characters (80 bits) in groups of four, e.g. `7KQ2-M9XD-4HTR-0BZE`. */
export function newEnrolmentCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < codeGroups; g++) {
    let group = '';
    for (let i = 0; i < groupLength; i++) group += codeAlphabet[randomInt(codeAlphabet.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** What a clerk types: any case, spaces or dashes, and O/I/L for 0/1/1. */
export function normalizeEnrolmentCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function enrolmentCodeHash(typed: string): string {
  return sha256Hex(normalizeEnrolmentCode(typed));
}
