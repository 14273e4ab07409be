import { z } from 'zod';
import { passwordInputSchema, staffNoSchema } from '../contract/fields';
import { personNameSchema, phoneSchema } from '../identity/schemas';
import { caseNoSchema, textInput } from './lifecycle-inputs';

/** Inputs of 更正 and 作废 (mistakes at the window); every message is for the clerk, in Chinese. */

const reasonSchema = (label: string) => textInput(label, 200).refine((text) => text.length >= 2, `${label}至少2个字`);

/**
 * 更正 of the applicant's contact fields only: the legal identity (name, ID or credit code,
 * legal representative) is not corrected here; a wrong identity is a 作废 and a new case.
 * A field left out stays as it is; an empty address clears it.
 */
export const correctContactInputSchema = z
  .object({
    caseNo: caseNoSchema,
    phone: phoneSchema.optional(),
    address: z.string().trim().max(200, '地址不能超过200个字').optional(),
    /** Enterprises only: the person the hall calls. */
    contactName: personNameSchema.optional(),
    reason: reasonSchema('更正原因'),
  })
  .refine((v) => v.phone !== undefined || v.address !== undefined || v.contactName !== undefined, {
    message: '请填写要更正的联系信息',
    path: ['phone'],
  });
export type CorrectContactInput = z.output<typeof correctContactInputSchema>;

const count = (label: string) => z.int(`${label}应为整数`).min(0, `${label}不能为负`).max(99, `${label}不能超过99份`);

/** 更正 of the counts received for one material line (a slip at intake, e.g. 2 copies typed as 1). */
export const correctMaterialInputSchema = z.object({
  caseNo: caseNoSchema,
  materialKey: z.string().trim().min(1, '请选择材料').max(80),
  originals: count('原件份数'),
  copies: count('复印件份数'),
  reason: reasonSchema('更正原因'),
});
export type CorrectMaterialInput = z.output<typeof correctMaterialInputSchema>;

/**
 * 作废 of a case registered by mistake, approved on the clerk's screen by a supervisor (督查/
 * 科长) with their own 工号 and password: see docs/clerk-day.md for why.
 */
export const voidCaseInputSchema = z.object({
  caseNo: caseNoSchema,
  reason: reasonSchema('作废原因'),
  approver: z.object({ staffNo: staffNoSchema, password: passwordInputSchema }),
});
export type VoidCaseInput = z.output<typeof voidCaseInputSchema>;
