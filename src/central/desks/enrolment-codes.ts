import { z } from 'zod';
import { deskNoSchema, hallCodeSchema } from '../../shared/contract/fields';
import { AppError } from '../../shared/errors';
import type { Sql } from '../db/sql';
import { findHall } from '../halls/hall-queries';
import { enrolmentCodeHash, newEnrolmentCode } from '../security/secrets';
import { insertEnrolmentCode } from './enrolment-code-queries';

export const defaultEnrolmentValidDays = 7;

export const issueEnrolmentCodeInputSchema = z.object({
  hallCode: hallCodeSchema,
  deskNo: deskNoSchema,
  validDays: z.number().int().min(1, '有效期至少1天').max(90, '有效期不能超过90天').default(defaultEnrolmentValidDays),
});
export type IssueEnrolmentCodeInput = z.input<typeof issueEnrolmentCodeInputSchema>;

export interface IssuedEnrolmentCode {
  enrolmentCode: string;
  hallCode: string;
  deskNo: string;
  expiresAt: string;
}

/** A one-time code bound to one hall and one window number; only its hash is kept. */
export async function issueEnrolmentCode(sql: Sql, input: z.output<typeof issueEnrolmentCodeInputSchema>): Promise<IssuedEnrolmentCode> {
  if ((await findHall(sql, input.hallCode)) === null) {
    throw new AppError('NOT_FOUND', `大厅 ${input.hallCode} 不存在，请先创建大厅`, 'hallCode');
  }
  const enrolmentCode = newEnrolmentCode();
  const issued = await insertEnrolmentCode(sql, enrolmentCodeHash(enrolmentCode), input.hallCode, input.deskNo, input.validDays);
  const expiresAt = issued?.expires_at ?? new Date(Number.NaN);
  return { enrolmentCode, hallCode: input.hallCode, deskNo: input.deskNo, expiresAt: expiresAt.toISOString() };
}
