import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPasswordSchema, passwordProblem } from '../../../src/shared/contract/password-policy';
import type { TestDesk } from '../../helpers/test-backend';
import { accountsDesk, adminSession, clerk, login } from './account-fixtures';

describe('the password policy', () => {
  it('refuses common passwords, the 工号 with digits, repeated characters and spaces', () => {
    expect(passwordProblem('Password123')).toBe('该密码过于常见，请换一个');
    expect(passwordProblem('1qaz2wsx')).toBe('该密码过于常见，请换一个');
    expect(passwordProblem('C1012026', 'C101')).toBe('密码不能是工号加数字');
    expect(passwordProblem('2026c101', 'C101')).toBe('密码不能是工号加数字');
    expect(passwordProblem('aaaa1111')).toBe('密码不能由少数几个重复的字符组成');
    expect(passwordProblem('Abc11111x')).toBe('密码不能包含连续4个相同的字符');
    expect(passwordProblem('        ')).toBe('密码不能只有空格');
    expect(passwordProblem('Good 2026pw')).toBe('密码不能包含空格');
    expect(passwordProblem('Window2026ok', 'C101')).toBeNull();
    expect(passwordProblem('C101Window2026', 'C101')).toBeNull();
  });

  it('is one schema: too short, no digit and common all refused at the field', () => {
    expect(newPasswordSchema.safeParse('Ab1').error?.issues[0]?.message).toBe('密码至少8位');
    expect(newPasswordSchema.safeParse('abcdefghij').error?.issues[0]?.message).toBe('密码须同时包含字母和数字');
    expect(newPasswordSchema.safeParse('admin123').error?.issues[0]?.message).toBe('该密码过于常见，请换一个');
  });
});

describe('every place a password is set', () => {
  let desk: TestDesk;
  let clerkId: number;
  beforeEach(async () => {
    ({ desk, clerkId } = await accountsDesk());
  }, 60_000);
  afterEach(() => desk.close());

  it('applies it: new account, reset, own change', async () => {
    expect(
      await desk.fail('users.create', { staffNo: 'C202', name: '赵窗口', role: 'clerk', password: 'C2022026' }, adminSession),
    ).toMatchObject({
      code: 'VALIDATION',
      field: 'password',
      message: '密码不能是工号加数字',
    });
    expect(await desk.fail('users.resetPassword', { id: clerkId, password: 'c1012468' }, adminSession)).toMatchObject({
      field: 'password',
      message: '密码不能是工号加数字',
    });
    await login(desk, clerk.password, 'clerk-pc');
    expect(await desk.fail('auth.changePassword', { oldPassword: clerk.password, newPassword: 'Passw0rd' }, 'clerk-pc')).toMatchObject({
      field: 'newPassword',
      message: '该密码过于常见，请换一个',
    });
    expect(await desk.fail('auth.changePassword', { oldPassword: clerk.password, newPassword: '2026C101' }, 'clerk-pc')).toMatchObject({
      field: 'newPassword',
      message: '密码不能是工号加数字',
    });
  }, 60_000);
});
