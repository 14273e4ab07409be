import { describe, it, expect } from 'vitest';
import { checkPhone } from '../../../src/shared/identity/phone';

function messageOf(raw: string): string {
  const result = checkPhone(raw);
  if (result.ok) throw new Error(`expected ${raw} to be rejected`);
  return result.message;
}

describe('checkPhone: mobile', () => {
  it('accepts 11 digits starting 13–19 and strips spaces, hyphens and +86', () => {
    for (const [raw, normalized] of [
      ['13812345678', '13812345678'],
      ['199 1234 5678', '19912345678'],
      ['138-1234-5678', '13812345678'],
      ['+86 138 1234 5678', '13812345678'],
      ['008613812345678', '13812345678'],
      ['１３８１２３４５６７８', '13812345678'],
    ] as const) {
      expect(checkPhone(raw), raw).toEqual({ ok: true, normalized });
    }
  });

  it('rejects the wrong length or a second digit below 3', () => {
    expect(messageOf('1381234567')).toBe('手机号应为11位数字，当前为10位');
    expect(messageOf('138123456789')).toBe('手机号应为11位数字，当前为12位');
    expect(messageOf('12812345678')).toBe('手机号第2位应为3–9，当前为 2');
  });
});

describe('checkPhone: landline', () => {
  it('accepts area code with or without hyphen, extensions and local numbers', () => {
    for (const [raw, normalized] of [
      ['010-12345678', '010-12345678'],
      ['01012345678', '01012345678'],
      ['021-6543210', '021-6543210'],
      ['0571-87654321', '0571-87654321'],
      ['0571 8765 4321', '057187654321'],
      ['0571-87654321-123', '0571-87654321-123'],
      ['0571-87654321转8001', '0571-87654321转8001'],
      ['87654321', '87654321'],
      ['6543210', '6543210'],
      ['87654321转12', '87654321转12'],
    ] as const) {
      expect(checkPhone(raw), raw).toEqual({ ok: true, normalized });
    }
  });

  it('rejects bad area codes, numbers and extensions', () => {
    expect(messageOf('011-12345678')).toContain('区号无效');
    expect(messageOf('0571-123456')).toContain('固定电话号码应为7–8位数字（不含区号）');
    expect(messageOf('0571-123456789')).toContain('固定电话号码应为7–8位数字');
    expect(messageOf('123456')).toContain('手机号应为11位数字');
    expect(messageOf('654321')).toContain('固定电话号码应为7–8位数字，');
    expect(messageOf('0571-87654321转')).toContain('分机号应为1–6位数字');
    expect(messageOf('0571-87654321-1234567')).toContain('分机号应为1–6位数字');
  });

  it('rejects empty input and foreign characters', () => {
    expect(messageOf('  ')).toBe('联系电话不能为空');
    expect(messageOf('138a2345678')).toBe('联系电话中的“a”无效，只能包含数字、“-”和“转”');
    expect(messageOf('(010)12345678')).toContain('“(”无效');
    expect(messageOf('0571+87654321')).toContain('格式不正确');
  });
});
