import { z } from 'zod';
import { personNameSchema } from '../identity/schemas';
import { caseNoSchema, dateInputSchema, textInput } from './lifecycle-inputs';

/**
 * 代办服务委托书: the applicant entrusts the hall's free proxy service with named matters; the
 * applicant stays the legal applicant. The service is free, so the record has no fee field and
 * refuses one.
 */
export const mandateSchema = z
  .object({
    principal: personNameSchema,
    principalPhone: z.string().trim().max(30, '联系电话过长').default(''),
    scope: textInput('委托事项', 300),
    signedOn: dateInputSchema('委托书签署日期'),
  })
  .loose()
  .superRefine((value, ctx) => {
    const extra = Object.keys(value).filter((key) => !['principal', 'principalPhone', 'scope', 'signedOn'].includes(key));
    if (extra.some((key) => /fee|charge|price|amount/i.test(key))) {
      ctx.addIssue({ code: 'custom', message: '帮办代办服务免费，委托书不得约定任何费用', path: ['fee'] });
    } else if (extra.length > 0) {
      ctx.addIssue({ code: 'custom', message: `委托书中有无法识别的内容：${extra.join('、')}` });
    }
  })
  .transform(({ principal, principalPhone, scope, signedOn }) => ({ principal, principalPhone, scope, signedOn }));
export type Mandate = z.output<typeof mandateSchema>;

export const assignAgentInputSchema = z.object({
  caseNo: caseNoSchema,
  agentId: z.int('请选择代办员').positive('请选择代办员'),
  mandate: mandateSchema,
});

export const handoverInputSchema = z.object({
  caseNo: caseNoSchema,
  toAgentId: z.int('请选择接手的代办员').positive('请选择接手的代办员'),
  reason: textInput('交接原因', 300),
});

export const agentMandateViewSchema = z.object({
  principal: z.string(),
  principalPhone: z.string(),
  scope: z.string(),
  signedOn: z.string(),
});

export const agentAssignmentSchema = z.object({
  id: z.number(),
  staffNo: z.string(),
  name: z.string(),
  mandate: agentMandateViewSchema,
  assignedAt: z.string(),
  assignedBy: z.string(),
});
export type AgentAssignment = z.infer<typeof agentAssignmentSchema>;

export const handoverSchema = z.object({
  fromStaffNo: z.string(),
  fromName: z.string(),
  toStaffNo: z.string(),
  toName: z.string(),
  reason: z.string(),
  at: z.string(),
  byStaffNo: z.string(),
});
export type Handover = z.infer<typeof handoverSchema>;
