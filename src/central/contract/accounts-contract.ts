import { z } from 'zod';
import {
  emptyInput,
  hallCodeSchema,
  newPasswordSchema,
  okOutput,
  passwordInputSchema,
  personNameSchema,
  safeText,
  staffNoSchema,
} from '../../shared/contract/fields';
import { refusePasswordLikeStaffNo } from '../../shared/contract/password-policy';
import { centreRoleSchema } from '../accounts/centre-user';
import { centreRoute } from './centre-contract';

/** The centre's sign-in and account management routes (README: 中心平台的账号与登录). */
export const centreUserSchema = z.object({
  accountId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  role: centreRoleSchema,
  hallCode: z.string().nullable(),
  department: z.string().nullable(),
});

export const centreSessionSchema = z.object({
  user: centreUserSchema,
  /** A first or reset password: every other route refuses until it is changed. */
  mustChangePassword: z.boolean(),
  /** Sent back in the CSRF header with every unsafe request of this session. */
  csrfToken: z.string(),
});
export type CentreSessionView = z.infer<typeof centreSessionSchema>;

export const departmentSchema = safeText('部门', { max: 60, required: true });

export const signInRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/session/sign-in',
  access: 'public',
  input: z.object({ staffNo: staffNoSchema, password: passwordInputSchema }),
  output: centreSessionSchema,
});

/** Who is signed in (null when nobody is): the web app asks this first. */
export const currentSessionRoute = centreRoute({
  method: 'GET',
  path: '/v1/work/session',
  access: 'public',
  input: emptyInput,
  output: centreSessionSchema.nullable(),
});

export const signOutRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/session/sign-out',
  access: 'signed-in',
  input: emptyInput,
  output: okOutput,
});

export const changePasswordRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/session/change-password',
  access: 'signed-in',
  input: z.object({ currentPassword: passwordInputSchema, newPassword: newPasswordSchema }),
  output: centreSessionSchema,
});

export const accountViewSchema = centreUserSchema.extend({
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  /** ISO time while locked after too many failed sign-ins, else null. */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

/** Who manages accounts: the centre administrator all of them, a hall administrator their hall's department reviewers. */
export const accountManagers = ['centre-admin', 'hall-admin'] as const;

export const listAccountsRoute = centreRoute({
  method: 'GET',
  path: '/v1/work/accounts',
  access: accountManagers,
  input: emptyInput,
  output: z.array(accountViewSchema),
});

const accountBinding = {
  name: personNameSchema,
  role: centreRoleSchema,
  hallCode: hallCodeSchema.nullable(),
  department: departmentSchema.nullable(),
};

export const createAccountRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/accounts/create',
  access: accountManagers,
  input: refusePasswordLikeStaffNo(
    z.object({ staffNo: staffNoSchema, ...accountBinding, initialPassword: newPasswordSchema }),
    'staffNo',
    'initialPassword',
  ),
  output: accountViewSchema,
});

const accountIdSchema = z.string().uuid('账号编号无效');

export const updateAccountRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/accounts/update',
  access: accountManagers,
  input: z.object({ accountId: accountIdSchema, ...accountBinding }),
  output: accountViewSchema,
});

export const setAccountDisabledRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/accounts/set-disabled',
  access: accountManagers,
  input: z.object({ accountId: accountIdSchema, disabled: z.boolean() }),
  output: accountViewSchema,
});

/** Sets a temporary password (the holder must change it at next sign-in) and lifts a lockout. */
export const resetPasswordRoute = centreRoute({
  method: 'POST',
  path: '/v1/work/accounts/reset-password',
  access: accountManagers,
  input: z.object({ accountId: accountIdSchema, temporaryPassword: newPasswordSchema }),
  output: accountViewSchema,
});

export const verifyAuditRoute = centreRoute({
  method: 'GET',
  path: '/v1/work/audit/verify',
  access: ['centre-admin'],
  input: emptyInput,
  output: z.object({ ok: z.boolean(), checked: z.number(), brokenAtSeq: z.number().nullable() }),
});
