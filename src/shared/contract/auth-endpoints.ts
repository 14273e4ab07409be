import { z } from 'zod';
import { endpoint } from './endpoint';
import { emptyInput, idSchema, newPasswordSchema, okOutput, passwordInputSchema, personNameSchema, staffNoSchema } from './fields';
import { refusePasswordLikeStaffNo } from './password-policy';
import { roleSchema, sessionUserSchema, userSchema } from './user-types';

export const loginInputSchema = z.object({ staffNo: staffNoSchema, password: passwordInputSchema });

export const createUserInputSchema = refusePasswordLikeStaffNo(
  z.object({
    staffNo: staffNoSchema,
    name: personNameSchema,
    role: roleSchema,
    password: newPasswordSchema,
    /** The account screen always asks for it; tools and tests may leave it out. */
    mustChangePassword: z.boolean().default(false),
  }),
  'staffNo',
  'password',
);
export type CreateUserInput = z.input<typeof createUserInputSchema>;

export const updateUserInputSchema = z.object({
  id: idSchema,
  name: personNameSchema.optional(),
  role: roleSchema.optional(),
  active: z.boolean().optional(),
});

export const authEndpoints = {
  'auth.login': endpoint({ title: '登录', access: 'public', input: loginInputSchema, output: sessionUserSchema }),
  'auth.logout': endpoint({ title: '退出登录', access: 'session', input: emptyInput, output: okOutput }),
  'auth.changePassword': endpoint({
    title: '修改密码',
    access: 'session',
    input: z.object({ oldPassword: passwordInputSchema, newPassword: newPasswordSchema }),
    output: sessionUserSchema,
  }),
  'users.list': endpoint({ title: '查看账号', access: ['admin'], input: emptyInput, output: z.array(userSchema) }),
  'users.create': endpoint({ title: '新建账号', access: ['admin'], input: createUserInputSchema, output: userSchema }),
  'users.update': endpoint({ title: '修改账号', access: ['admin'], input: updateUserInputSchema, output: userSchema }),
  'users.resetPassword': endpoint({
    title: '重置密码',
    access: ['admin'],
    input: z.object({ id: idSchema, password: newPasswordSchema }),
    output: okOutput,
  }),
  /** Lifts an account-wide lock and every source's wait before their time. */
  'users.unlock': endpoint({ title: '解除账号锁定', access: ['admin'], input: z.object({ id: idSchema }), output: userSchema }),
};
