import { describe, it, expect } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from '../../../src/shared/identity/credit-code';
import { CREDIT_CODE_ALPHABET, creditCodeComplete, wrongCheckChars } from './check-chars';

const EXAMPLE = '91350100M000100Y43';

function messageOf(raw: string): string {
  const result = checkCreditCode(raw);
  if (result.ok) throw new Error(`expected ${raw} to be rejected`);
  return result.message;
}

describe('checkCreditCode', () => {
  it('accepts the published example, normalizing case and spaces', () => {
    expect(checkCreditCode(EXAMPLE)).toEqual({ ok: true, normalized: EXAMPLE });
    expect(checkCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, normalized: EXAMPLE });
  });

  it('accepts codes built with the check-character formula, including check values 0 and 30', () => {
    const generated = [
      creditCodeComplete('11100000000013127'),
      creditCodeComplete('52110000500021676'),
      creditCodeComplete('92440300MA5DXXXXX'),
      creditCodeComplete('Y1320102MA1NABCDE'),
      creditCodeComplete('A1110000HJKLMNPQR'),
    ];
    for (const code of generated) {
      expect(checkCreditCode(code), code).toEqual({ ok: true, normalized: code });
    }
    // Search a few bodies whose check value is 0 and 30 so both ends of the alphabet are covered.
    for (const wanted of ['0', 'Y']) {
      let found: string | undefined;
      for (let n = 0; found === undefined && n < 10_000; n++) {
        const code = creditCodeComplete(`913501005${String(n).padStart(8, '0')}`);
        if (code.endsWith(wanted)) found = code;
      }
      expect(found).toBeDefined();
      expect(checkCreditCode(found ?? '').ok).toBe(true);
    }
  });

  it('agrees with the exported calculator', () => {
    expect(creditCodeCheckChar(EXAMPLE.slice(0, 17))).toBe('3');
  });

  it('rejects every other last character and names the expected one', () => {
    for (const wrong of wrongCheckChars(EXAMPLE, CREDIT_CODE_ALPHABET)) {
      expect(messageOf(EXAMPLE.slice(0, 17) + wrong)).toBe('统一社会信用代码校验位错误：按前17位计算，第18位应为 3，请逐位核对代码');
    }
  });

  it('rejects the excluded letters I, O, Z, S, V wherever they appear', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) {
      const message = messageOf(`91350100M${letter}00100Y43`);
      expect(message).toContain('不使用字母 I、O、Z、S、V');
      expect(message).toContain(`第10位“${letter}”`);
    }
    expect(messageOf('91350100M000100Y4O')).toContain('可能是数字 0');
  });

  it('rejects other characters', () => {
    expect(messageOf('91350100M000100Y-3')).toContain('第17位“-”不是有效字符');
  });

  it('rejects an empty value and the wrong length', () => {
    expect(messageOf('')).toBe('统一社会信用代码不能为空');
    expect(messageOf('91350100M000100Y4')).toBe('统一社会信用代码应为18位，当前为17位');
    expect(messageOf('350100400012345')).toContain('旧的工商注册号');
    expect(messageOf('M000100Y-4')).toContain('旧的组织机构代码');
  });

  it('rejects 0 as registering department and a non-numeric region code', () => {
    expect(messageOf(creditCodeComplete('01350100M000100Y4'))).toContain('第1位是登记管理部门代码');
    expect(messageOf(creditCodeComplete('9135A100M000100Y4'))).toContain('第3–8位是行政区划代码');
  });
});
