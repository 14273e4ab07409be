import { z } from 'zod';
import { isDateString } from '../calendar/date-string';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

export const auditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actorStaffNo: z.string().nullable(),
  /** The person's current name, when the staff number is a known account. */
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  detail: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  brokenAtSeq: z.number().nullable(),
});

export const auditEndpoints = {
  'audit.list': endpoint({
    title: '查看审计日志',
    access: ['admin', 'supervisor'],
    input: z.object({
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(200).default(50),
      staffNo: z.string().trim().max(20).optional(),
      action: z.string().trim().max(60).optional(),
      day: z.string().refine(isDateString, '日期应为 YYYY-MM-DD 格式').optional(),
    }),
    output: z.object({
      total: z.number(),
      rows: z.array(auditEntrySchema),
      people: z.array(z.object({ staffNo: z.string(), name: z.string() })),
    }),
  }),
  'audit.verify': endpoint({ title: '校验审计日志', access: ['admin', 'supervisor'], input: emptyInput, output: auditVerificationSchema }),
};
