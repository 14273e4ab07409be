import { z } from 'zod';
import { isDateString } from '../calendar/date-string';
import { personNameSchema, phoneSchema } from '../identity/schemas';
import { safeText } from '../text/safe-text';
import { materialReceiptSchema } from '../intake/material-check';
import { outcomes } from './subtask-states';

/** Input schemas of the lifecycle calls; every message is for the clerk, in Chinese. */

export const caseNoSchema = z.string().trim().min(1, '请输入受理编号').max(40, '受理编号过长');

export const dateInputSchema = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine(isDateString, `${label}应为有效日期，格式 YYYY-MM-DD`);

export const textInput = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);

const position = z.int('子任务序号应为整数').min(0).max(20);

/** What came for one material line on this visit (counts of this visit, not totals). */
export const suppliedMaterialSchema = materialReceiptSchema.omit({ applicable: true });
export type SuppliedMaterial = z.output<typeof suppliedMaterialSchema>;

export const supplyInputSchema = z.object({
  caseNo: caseNoSchema,
  materials: z.array(suppliedMaterialSchema).min(1, '请至少登记一项补交的材料').max(100, '材料过多'),
});

export const requestMaterialsInputSchema = z.object({
  caseNo: caseNoSchema,
  keys: z.array(z.string().min(1).max(80)).min(1, '请选择需要补正的材料').max(100),
  note: textInput('补正说明', 500),
});

export const startInputSchema = z.object({
  caseNo: caseNoSchema,
  /** One sub-task; without it every sub-task still waiting starts. */
  position: position.optional(),
});

export const recordDecisionInputSchema = z.object({
  caseNo: caseNoSchema,
  position,
  outcome: z.enum(outcomes, { error: '请选择准予或不予' }),
  docNo: textInput('决定文书文号', 60),
  decidedOn: dateInputSchema('决定日期'),
});

export const specialStepInputSchema = z.object({
  caseNo: caseNoSchema,
  position,
  stepName: textInput('特殊环节', 40),
  action: z.enum(['start', 'end'], { error: '请选择开始或结束' }),
});

export const deliveryMethods = ['window', 'mail', 'department'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];
export const deliveryMethodLabels: Record<DeliveryMethod, string> = { window: '窗口领取', mail: '邮寄', department: '部门送达' };

export const recipientKinds = ['applicant', 'agent', 'other'] as const;
export type RecipientKind = (typeof recipientKinds)[number];
export const recipientKindLabels: Record<RecipientKind, string> = { applicant: '申请人本人', agent: '代办人', other: '其他代收人' };

const deliveryBase = {
  caseNo: caseNoSchema,
  recipient: personNameSchema,
  recipientKind: z.enum(recipientKinds, { error: '请选择领取人身份' }),
  /** 送达回证: an agent recipient and the reason are written on it. */
  proxyReason: safeText('代收理由', { max: 200 }).default(''),
  documents: textInput('送达文书及份数', 200),
};

/** The receiver's ID (身份证 or other papers) as shown at hand-over, for the 送达回证. */
const recipientIdNumberSchema = z
  .string({ error: '请填写领取人的证件号码' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6,30}$/, '领取人证件号码应为6至30位字母或数字');

const needsProxyReason = (d: { recipientKind: RecipientKind; proxyReason: string }) =>
  d.recipientKind === 'applicant' || d.proxyReason !== '';
const proxyReasonRule = { message: '非申请人本人领取的，须写明代收理由', path: ['proxyReason'] };

/** 出件 (送达): at the window, signed there; or by post, with the tracking number. */
export const deliverInputSchema = z.discriminatedUnion(
  'method',
  [
    z
      .object({
        ...deliveryBase,
        method: z.literal('window'),
        recipientIdNumber: recipientIdNumberSchema,
        signed: z.literal(true, { error: '请由领取人在送达回证上签名后再确认出件' }),
      })
      .refine(needsProxyReason, proxyReasonRule),
    z
      .object({
        ...deliveryBase,
        method: z.literal('mail'),
        /** Known only when the postal receipt names who signed. */
        recipientIdNumber: z.union([z.literal(''), recipientIdNumberSchema]).default(''),
        phone: phoneSchema,
        address: textInput('邮寄地址', 200),
        trackingNo: z
          .string({ error: '请填写邮件单号' })
          .trim()
          .regex(/^[A-Za-z0-9]{8,30}$/, '邮件单号应为8至30位字母或数字'),
        /** The postal return receipt (回执) may come back later. */
        signed: z.boolean().default(false),
      })
      .refine(needsProxyReason, proxyReasonRule),
  ],
  { error: '请选择出件方式' },
);
export type DeliverInput = z.output<typeof deliverInputSchema>;

export const withdrawInputSchema = z.object({
  caseNo: caseNoSchema,
  reason: textInput('撤回理由', 500),
  applicantRequest: z.literal(true, { error: '撤回须由申请人书面申请，请确认已收到撤回申请' }),
});

export const terminateInputSchema = z.object({ caseNo: caseNoSchema, reason: textInput('终止理由', 500) });
