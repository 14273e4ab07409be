import { z } from 'zod';
import { safeText } from '../text/safe-text';

/** Field schemas shared by several endpoints; every message is for the clerk, in Chinese. */
export const staffNoSchema = z
  .string()
  .trim()
  .min(1, '请输入工号')
  .max(20, '工号不能超过20位')
  .regex(/^[A-Za-z0-9_-]+$/, '工号只能包含字母、数字、下划线和连字符');

export { personNameSchema } from '../identity/schemas';
export { safeText } from '../text/safe-text';

/** Login takes any non-empty password: the strength rule applies only when one is set. */
export const passwordInputSchema = z.string().min(1, '请输入密码').max(200, '密码过长');

export { newPasswordSchema } from './password-policy';

export const hallCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,12}$/, '大厅编码应为2至12位字母或数字');

export const deskNoSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,4}$/, '窗口号应为1至4位字母或数字');

export const hallNameSchema = safeText('大厅名称', { max: 60, required: true }).refine((name) => [...name].length >= 2, '请输入大厅名称');

/** A search box: one clean line (a NUL is 无效字符, never a server error). */
export const searchQuerySchema = safeText('搜索词', { max: 50 }).default('');

export const idSchema = z.number().int().positive();
export const emptyInput = z.object({}).strict();
export const okOutput = z.object({ ok: z.literal(true) });
