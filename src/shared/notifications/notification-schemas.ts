import { z } from 'zod';
import { caseNoSchema } from '../lifecycle/lifecycle-inputs';

/** What a user must see until they read it: today, a supervisor's 催办 of one of their cases. */
export const notificationSchema = z.object({
  id: z.number(),
  kind: z.enum(['urge']),
  caseNo: z.string().nullable(),
  message: z.string(),
  at: z.string(),
  by: z.object({ staffNo: z.string(), name: z.string() }),
});
export type Notification = z.infer<typeof notificationSchema>;

export const urgeInputSchema = z.object({
  caseNo: caseNoSchema,
  note: z.string().trim().max(200, '催办说明不能超过200个字').default(''),
});
export type UrgeInput = z.output<typeof urgeInputSchema>;
