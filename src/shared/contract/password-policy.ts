import { z } from 'zod';

/** Shown beside every field where a password is set (setup, new account, reset, change). */
export const passwordPolicyText = '密码至少8位，须同时包含字母和数字；不能使用常见密码、工号加数字、重复的字符或空格。';

/**
 * Passwords seen first in every guessing list (lower case). Short on purpose: it ships in the
 * code, and the length, letter-and-digit and 工号 rules catch most of the rest.
 */
const commonPasswords = new Set([
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword1',
  'password1234',
  'abc12345',
  'abcd1234',
  'abc123456',
  'a1234567',
  'a12345678',
  'a123456789',
  'aa123456',
  'aa12345678',
  'qwerty123',
  'qwerty12',
  'qwe12345',
  'qwe123456',
  'qweasd123',
  '1qaz2wsx',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'zaq12wsx',
  'admin123',
  'admin1234',
  'admin12345',
  'admin888',
  'admin8888',
  'administrator1',
  'root1234',
  'test1234',
  'test12345',
  'woaini1314',
  'woaini520',
  'iloveyou1',
  'love1314',
  'asd12345',
  'asdf1234',
  'zxcv1234',
  'zxc123456',
  'abc123abc',
  'welcome1',
  'welcome123',
  'changeme1',
  'letmein1',
  'monkey123',
  'dragon123',
  'zhang123',
  'wang1234',
  'halldesk1',
  'halldesk123',
  'zwfw1234',
  'zwfw123456',
]);

/**
 * What is wrong with a new password beyond the field rules, or null. `staffNo` is the account's
 * 工号 when known: the 工号 with digits around it is the first thing a guesser tries.
 */
export function passwordProblem(password: string, staffNo?: string): string | null {
  const lower = password.toLowerCase();
  if (password.trim() === '') return '密码不能只有空格';
  if (/\s/.test(password)) return '密码不能包含空格';
  if (new Set(lower).size < 4) return '密码不能由少数几个重复的字符组成';
  if (/(.)\1{3,}/.test(lower)) return '密码不能包含连续4个相同的字符';
  if (commonPasswords.has(lower)) return '该密码过于常见，请换一个';
  const staff = staffNo?.trim().toLowerCase();
  if (staff && lower.includes(staff) && !/[a-z]/.test(lower.split(staff).join(''))) return '密码不能是工号加数字';
  return null;
}

/** The one schema for a password being set, in every form and call of the desk. */
export const newPasswordSchema = z
  .string()
  .min(8, '密码至少8位')
  .max(128, '密码不能超过128位')
  .regex(/[A-Za-z]/, '密码须同时包含字母和数字')
  .regex(/[0-9]/, '密码须同时包含字母和数字')
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Adds the 工号 rule to an object holding both the 工号 and the new password. */
export function refusePasswordLikeStaffNo<T extends z.ZodType<Record<string, unknown>>>(
  schema: T,
  staffNoKey: string,
  passwordKey: string,
) {
  return schema.superRefine((value, ctx) => {
    const staffNo = value[staffNoKey];
    const password = value[passwordKey];
    if (typeof staffNo !== 'string' || typeof password !== 'string') return;
    const problem = passwordProblem(password, staffNo);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [passwordKey] });
  });
}
