import { z } from 'zod';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

export const auditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actorStaffNo: z.string().nullable(),
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
    input: z.object({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(200).default(50) }),
    output: z.object({ total: z.number(), rows: z.array(auditEntrySchema) }),
  }),
  'audit.verify': endpoint({ title: '校验审计日志', access: ['admin', 'supervisor'], input: emptyInput, output: auditVerificationSchema }),
};
