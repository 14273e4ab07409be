import { z } from 'zod';
import { creditCodeSchema, enterpriseNameSchema, idKindSchema, personNameSchema, phoneSchema } from '../identity/schemas';
import { checkPersonId } from '../identity/id-types';
import { safeText } from '../text/safe-text';

const optionalText = (label: string, max: number) =>
  safeText(label, { max })
    .optional()
    .transform((v) => (v ? v : undefined));

/** A person's ID is checked against its document kind; the message lands on idNumber. */
function withCheckedId<T extends { idKind: Parameters<typeof checkPersonId>[0]; idNumber: string }>(value: T, ctx: z.RefinementCtx) {
  const result = checkPersonId(value.idKind, value.idNumber);
  if (result.ok) return { ...value, idNumber: result.normalized };
  ctx.addIssue({ code: 'custom', message: result.message, path: ['idNumber'] });
  return z.NEVER;
}

export const personApplicantSchema = z
  .object({
    kind: z.literal('person'),
    idKind: idKindSchema,
    idNumber: z.string({ error: '请填写证件号码' }).trim().min(1, '请填写证件号码'),
    name: personNameSchema,
    phone: phoneSchema,
    address: optionalText('地址', 200),
  })
  .transform(withCheckedId);

export const enterpriseApplicantSchema = z.object({
  kind: z.literal('enterprise'),
  creditCode: creditCodeSchema,
  name: enterpriseNameSchema,
  legalRepresentative: personNameSchema,
  contactName: personNameSchema,
  phone: phoneSchema,
  address: optionalText('地址', 200),
});

export const applicantInputSchema = z.discriminatedUnion('kind', [personApplicantSchema, enterpriseApplicantSchema], {
  error: '请填写申请人信息',
});
export type ApplicantInput = z.input<typeof applicantInputSchema>;
export type Applicant = z.output<typeof applicantInputSchema>;

/** Someone acting for the applicant: an entrusted person, or one of the hall's proxy agents. */
export const agentInputSchema = z
  .object({
    kind: z.enum(['entrusted', 'hall-proxy'], { error: '请选择代办类型' }),
    idKind: idKindSchema,
    idNumber: z.string({ error: '请填写代办人证件号码' }).trim().min(1, '请填写代办人证件号码'),
    name: personNameSchema,
    phone: phoneSchema,
    proxyUserId: z.number().int().positive().optional(),
  })
  .transform(withCheckedId);
export type AgentInput = z.input<typeof agentInputSchema>;
export type Agent = z.output<typeof agentInputSchema>;

export const applicantLookupSchema = z.object({
  kind: z.enum(['person', 'enterprise']),
  idNumber: z.string().trim().min(1, '请填写证件号码').max(30, '证件号码过长'),
});

export function applicantKey(applicant: Applicant): { idKind: string; idNumber: string } {
  return applicant.kind === 'person'
    ? { idKind: applicant.idKind, idNumber: applicant.idNumber }
    : { idKind: 'credit-code', idNumber: applicant.creditCode };
}
