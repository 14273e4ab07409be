import { describe, it, expect } from 'vitest';
import {
  creditCodeSchema,
  enterpriseNameSchema,
  personIdSchema,
  personNameSchema,
  phoneSchema,
  residentIdSchema,
} from '../../../src/shared/identity/schemas';

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map(({ path, message }) => ({ path, message }));
}

describe('identifier schemas', () => {
  it('output the normalized value', () => {
    expect(residentIdSchema.parse(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(creditCodeSchema.parse('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(phoneSchema.parse('138 1234 5678')).toBe('13812345678');
  });

  it('report the check message', () => {
    expect(issuesOf(residentIdSchema.safeParse('110105199002300012'))).toEqual([
      { path: [], message: '身份证号中的出生日期 1990-02-30 不存在，请核对第7–14位' },
    ]);
    expect(issuesOf(creditCodeSchema.safeParse('91350100M000100Y44'))).toEqual([
      { path: [], message: '统一社会信用代码校验位错误：按前17位计算，第18位应为 3，请逐位核对代码' },
    ]);
    expect(issuesOf(phoneSchema.safeParse(''))).toEqual([{ path: [], message: '联系电话不能为空' }]);
  });

  it('report a missing value in Chinese', () => {
    expect(issuesOf(residentIdSchema.safeParse(undefined))).toEqual([{ path: [], message: '请填写身份证号' }]);
    expect(issuesOf(creditCodeSchema.safeParse(42))).toEqual([{ path: [], message: '请填写统一社会信用代码' }]);
  });
});

describe('personIdSchema', () => {
  it('accepts and normalizes a valid pair', () => {
    expect(personIdSchema.parse({ idKind: 'resident', idNumber: '11010519491231002x' })).toEqual({
      idKind: 'resident',
      idNumber: '11010519491231002X',
    });
    expect(personIdSchema.parse({ idKind: 'hk-mo-permit', idNumber: ' h12345678 ' })).toEqual({
      idKind: 'hk-mo-permit',
      idNumber: 'H12345678',
    });
  });

  it('reports the number problem on idNumber', () => {
    expect(issuesOf(personIdSchema.safeParse({ idKind: 'resident', idNumber: '11010519491231002' }))).toEqual([
      { path: ['idNumber'], message: '身份证号应为18位，当前为17位' },
    ]);
    expect(issuesOf(personIdSchema.safeParse({ idKind: 'tw-permit', idNumber: '' }))).toEqual([
      { path: ['idNumber'], message: '台湾居民来往大陆通行证号码不能为空' },
    ]);
  });

  it('reports an unknown kind on idKind', () => {
    expect(issuesOf(personIdSchema.safeParse({ idKind: 'driving-licence', idNumber: 'E12345678' }))).toEqual([
      { path: ['idKind'], message: '请选择证件类型' },
    ]);
  });
});

describe('name schemas', () => {
  it('trim and accept names within the limit', () => {
    expect(personNameSchema.parse('  张三 ')).toBe('张三');
    expect(personNameSchema.parse('买买提·艾力')).toBe('买买提·艾力');
    expect(enterpriseNameSchema.parse('福州某某科技有限公司')).toBe('福州某某科技有限公司');
  });

  it('count rare characters outside the BMP as one character each', () => {
    expect(personNameSchema.safeParse('𠀀'.repeat(50)).success).toBe(true);
    expect(personNameSchema.safeParse('𠀀'.repeat(51)).success).toBe(false);
  });

  it('reject empty and overlong names with Chinese messages', () => {
    expect(issuesOf(personNameSchema.safeParse('   '))).toEqual([{ path: [], message: '姓名不能为空' }]);
    expect(issuesOf(personNameSchema.safeParse('张'.repeat(5000)))).toEqual([{ path: [], message: '姓名不能超过50个字' }]);
    expect(issuesOf(enterpriseNameSchema.safeParse(''))).toEqual([{ path: [], message: '单位名称不能为空' }]);
    expect(issuesOf(enterpriseNameSchema.safeParse('公'.repeat(101)))).toEqual([{ path: [], message: '单位名称不能超过100个字' }]);
    expect(enterpriseNameSchema.safeParse('公'.repeat(100)).success).toBe(true);
  });
});
