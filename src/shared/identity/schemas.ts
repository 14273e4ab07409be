import { z } from 'zod';
import { safeText } from '../text/safe-text';
import type { IdCheck } from './id-check';
import { checkCreditCode } from './credit-code';
import { checkPersonId, idKinds } from './id-types';
import { checkPhone } from './phone';
import { checkResidentId } from './resident-id';

/**
 * Zod schemas for identifiers at every boundary (IPC, forms, imports). Each one outputs the
 * normalized value, so what is stored never depends on how the clerk typed it.
 */
function checkedString(requiredMessage: string, check: (value: string) => IdCheck) {
  return z
    .string({ error: requiredMessage })
    .trim()
    .transform((value, ctx) => {
      const result = check(value);
      if (result.ok) return result.normalized;
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    });
}

export const residentIdSchema = checkedString('请填写身份证号', (value) => checkResidentId(value));
export const creditCodeSchema = checkedString('请填写统一社会信用代码', checkCreditCode);
export const phoneSchema = checkedString('请填写联系电话', checkPhone);

export const idKindSchema = z.enum(idKinds, { error: '请选择证件类型' });

export const personIdSchema = z
  .object({
    idKind: idKindSchema,
    idNumber: z.string({ error: '请填写证件号码' }).trim(),
  })
  .transform((value, ctx) => {
    const result = checkPersonId(value.idKind, value.idNumber);
    if (result.ok) return { idKind: value.idKind, idNumber: result.normalized };
    ctx.addIssue({ code: 'custom', message: result.message, path: ['idNumber'] });
    return z.NEVER;
  });

export type PersonId = z.output<typeof personIdSchema>;

export const personNameSchema = safeText('姓名', { max: 50, required: true, name: true });
export const enterpriseNameSchema = safeText('单位名称', { max: 100, required: true, name: true });
