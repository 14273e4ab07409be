import type { IdCheck } from './id-check';
import { idInvalid } from './id-check';
import { normalizeIdInput } from './normalize-input';

/**
 * 统一社会信用代码 (GB 32100-2015):
 * 1 registering department · 1 entity category · 6-digit region · 9-char organization code · 1 check char.
 */
const LABEL = '统一社会信用代码';
const LENGTH = 18;

/** Character values 0–30 are the index in this string; I, O, Z, S, V are excluded by the standard. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const MODULUS = 31;

/** 3^i mod 31 for i = 0..16. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The excluded letters are almost always a misread digit; naming the likely digit speeds the fix. */
const FORBIDDEN_LETTER_HINTS: Readonly<Record<string, string>> = {
  I: '（可能是数字 1）',
  O: '（可能是数字 0）',
  Z: '（可能是数字 2）',
  S: '（可能是数字 5）',
  V: '（可能是字母 U 或 Y）',
};

/** Expects 17 characters from ALPHABET. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    sum += ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((MODULUS - (sum % MODULUS)) % MODULUS);
}

function describeBadChar(char: string, position: number): string {
  const hint = FORBIDDEN_LETTER_HINTS[char];
  if (hint !== undefined) {
    return `${LABEL}不使用字母 I、O、Z、S、V，第${position}位“${char}”有误${hint}`;
  }
  return `${LABEL}第${position}位“${char}”不是有效字符，只能是数字或大写字母（不含 I、O、Z、S、V）`;
}

function describeWrongLength(code: string): string {
  const base = `${LABEL}应为18位，当前为${code.length}位`;
  if (/^\d{15}$/.test(code)) return `${base}（15位数字可能是旧的工商注册号，请向申请人索取统一社会信用代码）`;
  if (/^[0-9A-Z]{8}-?[0-9X]$/.test(code)) return `${base}（这可能是旧的组织机构代码，请向申请人索取统一社会信用代码）`;
  return base;
}

export function checkCreditCode(raw: string): IdCheck {
  const code = normalizeIdInput(raw);
  if (code.length === 0) return idInvalid(`${LABEL}不能为空`);
  if (code.length !== LENGTH) return idInvalid(describeWrongLength(code));

  for (let i = 0; i < LENGTH; i++) {
    const char = code.charAt(i);
    if (!ALPHABET.includes(char)) return idInvalid(describeBadChar(char, i + 1));
  }

  // Position 1 names the registering department. GB 32100 assigns 1–9, A and N, Y 其他, and the
  // national registry may assign more; the check character already catches typos, so we accept
  // any non-zero character of the alphabet rather than reject a newly assigned department.
  // Position 2 (entity category) depends on the department and is likewise not restricted.
  if (code.charAt(0) === '0') {
    return idInvalid(`${LABEL}第1位是登记管理部门代码，不能为 0`);
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return idInvalid(`${LABEL}第3–8位是行政区划代码，应为6位数字`);
  }

  const expected = creditCodeCheckChar(code.slice(0, LENGTH - 1));
  if (code.charAt(LENGTH - 1) !== expected) {
    return idInvalid(`${LABEL}校验位错误：按前17位计算，第18位应为 ${expected}，请逐位核对代码`);
  }
  return { ok: true, normalized: code };
}
