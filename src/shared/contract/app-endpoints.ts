import { z } from 'zod';
import { endpoint } from './endpoint';
import { deskNoSchema, emptyInput, hallCodeSchema, hallNameSchema, newPasswordSchema, personNameSchema, staffNoSchema } from './fields';
import { refusePasswordLikeStaffNo } from './password-policy';
import { printSettingsSchema } from '../print/print-settings';
import { sessionUserSchema } from './user-types';

export const hallSchema = z.object({ name: z.string(), code: z.string(), deskNo: z.string() });
export type Hall = z.infer<typeof hallSchema>;

export const appStatusSchema = z.object({
  setupDone: z.boolean(),
  hall: hallSchema.nullable(),
  user: sessionUserSchema.nullable(),
  version: z.string(),
  /** The hall's time zone: the renderer shows every time in it (shared/time/hall-time). */
  timeZone: z.string(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const setupInputSchema = z.object({
  hallName: hallNameSchema,
  hallCode: hallCodeSchema,
  deskNo: deskNoSchema,
  admin: refusePasswordLikeStaffNo(
    z.object({ staffNo: staffNoSchema, name: personNameSchema, password: newPasswordSchema }),
    'staffNo',
    'password',
  ),
  /** What paper names (see shared/print/required-settings): may be left empty and set later. */
  statusBaseUrl: printSettingsSchema.shape.statusBaseUrl,
  reviewAuthority: printSettingsSchema.shape.reviewAuthority,
  litigationCourt: printSettingsSchema.shape.litigationCourt,
});
export type SetupInput = z.input<typeof setupInputSchema>;

export const appEndpoints = {
  'app.status': endpoint({ title: '查看状态', access: 'public', input: emptyInput, output: appStatusSchema }),
  'setup.initialize': endpoint({
    title: '初始化受理台',
    access: 'public',
    input: setupInputSchema,
    output: sessionUserSchema,
  }),
};
