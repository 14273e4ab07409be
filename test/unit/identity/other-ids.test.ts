import { describe, it, expect } from 'vitest';
import { checkOtherId } from '../../../src/shared/identity/other-ids';
import type { OtherIdKind } from '../../../src/shared/identity/other-ids';
import { gb11643Complete } from './check-chars';

const TODAY = new Date(2025, 5, 15);

function messageOf(kind: OtherIdKind, raw: string): string {
  const result = checkOtherId(kind, raw, TODAY);
  if (result.ok) throw new Error(`expected ${kind} ${raw} to be rejected`);
  return result.message;
}

describe('checkOtherId: 港澳台居民居住证', () => {
  it('accepts the three prefixes with a GB 11643 check character', () => {
    for (const prefix of ['810000', '820000', '830000']) {
      const id = gb11643Complete(`${prefix}19900101001`);
      expect(checkOtherId('hk-mo-tw-residence', id, TODAY)).toEqual({
        ok: true,
        normalized: id,
        birthDate: '1990-01-01',
        sex: 'male',
      });
    }
  });

  it('rejects other prefixes, bad dates and a wrong check character', () => {
    expect(messageOf('hk-mo-tw-residence', gb11643Complete('11010519900101001'))).toContain(
      '前6位应为 810000（香港）、820000（澳门）或 830000（台湾），当前为 110105',
    );
    expect(messageOf('hk-mo-tw-residence', gb11643Complete('81000019900230001'))).toContain('1990-02-30 不存在');
    const valid = gb11643Complete('82000019900101002');
    const wrong = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    expect(messageOf('hk-mo-tw-residence', wrong)).toContain(`应为 ${valid.slice(-1)}`);
    expect(messageOf('hk-mo-tw-residence', '8100001990')).toBe('港澳台居民居住证号码应为18位，当前为10位');
  });
});

describe('checkOtherId: 外国人永久居留身份证', () => {
  it('accepts the 2017 format (3 letters + 12 digits), normalizing case', () => {
    expect(checkOtherId('foreign-permanent', 'usa110090010001', TODAY)).toEqual({
      ok: true,
      normalized: 'USA110090010001',
    });
  });

  it('accepts the 2023 format (18 characters starting with 9, GB 11643 check character)', () => {
    const id = gb11643Complete('93184019850315002');
    expect(checkOtherId('foreign-permanent', id, TODAY)).toEqual({ ok: true, normalized: id });
  });

  it('rejects malformed numbers of either generation', () => {
    expect(messageOf('foreign-permanent', 'US1110090010001')).toContain('旧版15位');
    expect(messageOf('foreign-permanent', gb11643Complete('13184019850315002'))).toContain('应以 9 开头');
    const valid = gb11643Complete('93184019850315002');
    const wrong = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    expect(messageOf('foreign-permanent', wrong)).toContain('校验位错误');
    expect(messageOf('foreign-permanent', '9318401985031500AX')).toContain('第17位“A”不是数字');
    expect(messageOf('foreign-permanent', 'USA1100900')).toContain('当前为10位');
  });
});

describe('checkOtherId: 护照', () => {
  it('accepts 5–20 letters and digits', () => {
    expect(checkOtherId('passport', 'e12345678', TODAY)).toEqual({ ok: true, normalized: 'E12345678' });
    expect(checkOtherId('passport', 'A1234', TODAY).ok).toBe(true);
    expect(checkOtherId('passport', 'X'.repeat(20), TODAY).ok).toBe(true);
  });

  it('rejects other lengths and characters', () => {
    expect(messageOf('passport', 'A123')).toBe('护照号码应为5–20位字母或数字，当前为4位');
    expect(messageOf('passport', 'X'.repeat(21))).toContain('当前为21位');
    expect(messageOf('passport', 'E1234-678')).toBe('护照号码只能包含字母和数字，第6位“-”无效');
    expect(messageOf('passport', '')).toBe('护照号码不能为空');
  });
});

describe('checkOtherId: 港澳居民来往内地通行证', () => {
  it('accepts H or M with 8 or 10 digits', () => {
    for (const id of ['H12345678', 'M1234567890', 'h1234567801']) {
      expect(checkOtherId('hk-mo-permit', id, TODAY), id).toEqual({ ok: true, normalized: id.toUpperCase() });
    }
  });

  it('rejects other prefixes and digit counts', () => {
    expect(messageOf('hk-mo-permit', 'C12345678')).toContain('应以 H（香港）或 M（澳门）开头');
    expect(messageOf('hk-mo-permit', 'H123456789')).toBe('港澳居民来往内地通行证号码应为 H 或 M 加8位或10位数字');
    expect(messageOf('hk-mo-permit', 'H1234567')).toContain('加8位或10位数字');
  });
});

describe('checkOtherId: 台湾居民来往大陆通行证', () => {
  it('accepts exactly 8 digits', () => {
    expect(checkOtherId('tw-permit', ' 12345678 ', TODAY)).toEqual({ ok: true, normalized: '12345678' });
  });

  it('rejects other lengths and letters', () => {
    expect(messageOf('tw-permit', '1234567')).toBe('台湾居民来往大陆通行证号码应为8位数字，当前为7位');
    expect(messageOf('tw-permit', '1234567890')).toContain('当前为10位');
    expect(messageOf('tw-permit', 'T1234567')).toContain('不能包含字母');
  });
});
