import { z } from 'zod';
import { roles } from './roles';

export const roleSchema = z.enum(roles, { message: '请选择角色' });

export const sessionUserSchema = z.object({
  id: z.number(),
  staffNo: z.string(),
  name: z.string(),
  role: roleSchema,
  /** Set by an administrator's reset (or a first password): nothing but the change until done. */
  mustChangePassword: z.boolean().optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const userSchema = sessionUserSchema.extend({
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;
