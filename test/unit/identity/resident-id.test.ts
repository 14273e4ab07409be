import { describe, it, expect } from 'vitest';
import { checkResidentId } from '../../../src/shared/identity/resident-id';
import { gb11643Complete, wrongCheckChars } from './check-chars';

const TODAY = new Date(2025, 5, 15); // 2025-06-15, local time

function messageOf(raw: string, today: Date = TODAY): string {
  const result = checkResidentId(raw, today);
  if (result.ok) throw new Error(`expected ${raw} to be rejected`);
  return result.message;
}

describe('checkResidentId', () => {
  it('accepts the published examples', () => {
    expect(checkResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(checkResidentId('440524188001010014', TODAY)).toEqual({
      ok: true,
      normalized: '440524188001010014',
      birthDate: '1880-01-01',
      sex: 'male',
    });
  });

  it('accepts numbers built with the check-character formula', () => {
    const generated = [
      gb11643Complete('32010619850315123'),
      gb11643Complete('65010220000229004'), // leap day
      gb11643Complete('91000019991231999'),
      gb11643Complete('71000018000101000'),
      gb11643Complete('82000020250615001'), // born today
    ];
    for (const id of generated) {
      expect(checkResidentId(id, TODAY), id).toMatchObject({ ok: true, normalized: id });
    }
  });

  it('rejects every wrong check character and names the expected one', () => {
    const valid = gb11643Complete('32010619850315123');
    for (const wrong of wrongCheckChars(valid, '0123456789X')) {
      const message = messageOf(valid.slice(0, 17) + wrong);
      expect(message).toContain('校验位错误');
      expect(message).toContain(`应为 ${valid.slice(-1)}`);
    }
    expect(messageOf('110105194912310021')).toContain('应为 X');
  });

  it('normalizes a lower-case x, surrounding and inner spaces, and full-width digits', () => {
    expect(checkResidentId(' 11010519491231002x ', TODAY)).toMatchObject({ ok: true, normalized: '11010519491231002X' });
    expect(checkResidentId('110105 19491231 002X', TODAY)).toMatchObject({ ok: true, normalized: '11010519491231002X' });
    expect(checkResidentId('４４０５２４１８８００１０１００１４', TODAY)).toMatchObject({
      ok: true,
      normalized: '440524188001010014',
    });
  });

  it('derives sex from the parity of the 17th digit', () => {
    expect(checkResidentId(gb11643Complete('32010619850315121'), TODAY)).toMatchObject({ sex: 'male' });
    expect(checkResidentId(gb11643Complete('32010619850315122'), TODAY)).toMatchObject({ sex: 'female' });
  });

  it('rejects an empty value', () => {
    expect(messageOf('   ')).toBe('身份证号不能为空');
  });

  it('rejects the wrong length and says how long it is', () => {
    expect(messageOf('1101051949123100')).toBe('身份证号应为18位，当前为16位');
    expect(messageOf('11010519491231002X1')).toBe('身份证号应为18位，当前为19位');
    expect(messageOf('110105491231002')).toContain('15位旧号码已停用');
  });

  it('rejects non-digits in the first 17 positions and a bad last character', () => {
    expect(messageOf('1101051949A231002X')).toBe('身份证号第11位“A”不是数字，前17位只能是数字');
    expect(messageOf('11010519491231002Y')).toContain('第18位“Y”无效');
  });

  it('rejects an unknown province code', () => {
    for (const province of ['00', '10', '16', '24', '38', '47', '55', '66', '72', '83', '99']) {
      const id = gb11643Complete(`${province}010519491231002`);
      expect(messageOf(id)).toBe(`身份证号前两位 ${province} 不是有效的省级行政区划代码`);
    }
  });

  it('rejects impossible calendar dates', () => {
    expect(messageOf(gb11643Complete('11010519900230001'))).toContain('出生日期 1990-02-30 不存在');
    expect(messageOf(gb11643Complete('11010519000229001'))).toContain('出生日期 1900-02-29 不存在');
    expect(messageOf(gb11643Complete('11010519901301001'))).toContain('出生日期 1990-13-01 不存在');
    expect(messageOf(gb11643Complete('11010519900431001'))).toContain('出生日期 1990-04-31 不存在');
    expect(messageOf(gb11643Complete('11010519900100001'))).toContain('出生日期 1990-01-00 不存在');
  });

  it('rejects a birth date in the future or before 1800', () => {
    expect(messageOf(gb11643Complete('11010520250616001'))).toContain('出生日期 2025-06-16 晚于今天');
    expect(messageOf(gb11643Complete('11010517991231001'))).toContain('出生年份 1799 早于1800年');
  });

  it('defaults today to the current date', () => {
    const nextYear = new Date().getFullYear() + 1;
    expect(checkResidentId(gb11643Complete(`110105${nextYear}0101001`)).ok).toBe(false);
    expect(checkResidentId('11010519491231002X').ok).toBe(true);
  });
});
