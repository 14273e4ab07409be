import type { IdCheck } from './id-check';
import { idInvalid } from './id-check';

/**
 * The 18-character code structure of GB 11643-1999 (公民身份号码), shared by the resident ID,
 * the 港澳台居民居住证 and the 2023 外国人永久居留身份证:
 * 6-digit region · 8-digit birth date · 3-digit serial (odd = male) · 1 check character.
 */
export const GB11643_LENGTH = 18;

/** 2^(17-i) mod 11 for i = 0..16, as tabulated in the standard. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1800;

/** Expects exactly 17 ASCII digits. */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

/** Message for the first character that breaks "17 digits + digit or X", or null. */
export function findGb11643CharProblem(code: string, label: string): string | null {
  for (let i = 0; i < GB11643_LENGTH - 1; i++) {
    const char = code.charAt(i);
    if (char < '0' || char > '9') {
      return `${label}第${i + 1}位“${char}”不是数字，前17位只能是数字`;
    }
  }
  const last = code.charAt(GB11643_LENGTH - 1);
  if (!/^[0-9X]$/.test(last)) {
    return `${label}第18位“${last}”无效，最后一位只能是数字或 X`;
  }
  return null;
}

export function checkGb11643CheckChar(code: string, label: string): string | null {
  const expected = gb11643CheckChar(code.slice(0, GB11643_LENGTH - 1));
  if (code.charAt(GB11643_LENGTH - 1) === expected) return null;
  return `${label}校验位错误：按前17位计算，第18位应为 ${expected}，请逐位核对号码`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Local calendar date, because the clerk's "today" is the hall's day, not UTC's. */
function toIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

export type BirthDateCheck = { ok: true; isoDate: string } | { ok: false; message: string };

/** `yyyymmdd` must be 8 ASCII digits. */
export function checkEmbeddedBirthDate(yyyymmdd: string, label: string, today: Date): BirthDateCheck {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const isoDate = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${label}中的出生日期 ${isoDate} 不存在，请核对第7–14位` };
  }
  if (year < EARLIEST_BIRTH_YEAR) {
    return { ok: false, message: `${label}中的出生年份 ${year} 早于${EARLIEST_BIRTH_YEAR}年，请核对第7–10位` };
  }
  // ISO dates of equal width compare correctly as strings.
  if (isoDate > toIsoDate(today)) {
    return { ok: false, message: `${label}中的出生日期 ${isoDate} 晚于今天，请核对第7–14位` };
  }
  return { ok: true, isoDate };
}

export interface Gb11643Options {
  /** Human name of the document in messages, e.g. "身份证号". */
  label: string;
  today: Date;
  /** Returns a message when the first 6 digits are not acceptable for this document. */
  checkRegion: (first6: string) => string | null;
}

/** Full structural check of an already-normalized, non-empty code. */
export function checkGb11643Code(code: string, options: Gb11643Options): IdCheck {
  const { label, today, checkRegion } = options;
  if (code.length !== GB11643_LENGTH) {
    return idInvalid(`${label}应为18位，当前为${code.length}位`);
  }
  const charProblem = findGb11643CharProblem(code, label);
  if (charProblem !== null) return idInvalid(charProblem);

  const regionProblem = checkRegion(code.slice(0, 6));
  if (regionProblem !== null) return idInvalid(regionProblem);

  const birth = checkEmbeddedBirthDate(code.slice(6, 14), label, today);
  if (!birth.ok) return idInvalid(birth.message);

  const checkProblem = checkGb11643CheckChar(code, label);
  if (checkProblem !== null) return idInvalid(checkProblem);

  const serialDigit = Number(code.charAt(16));
  return {
    ok: true,
    normalized: code,
    birthDate: birth.isoDate,
    sex: serialDigit % 2 === 1 ? 'male' : 'female',
  };
}
