import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { deskNoSchema, hallCodeSchema } from '../../shared/contract/fields';
import { AppError } from '../../shared/errors';
import type { Sql, SqlQueries } from '../db/sql';
import { enrolmentCodeHash, newCredentialSecret, sha256Hex } from '../security/secrets';
import { upsertDeskCredential } from './desk-queries';
import { findEnrolmentCodeState, recordEnrolmentCodeUsedBy, spendEnrolmentCode } from './enrolment-code-queries';

export const enrolInputSchema = z.object({
  enrolmentCode: z.string().trim().min(1, '请输入注册码').max(64, '注册码格式不正确'),
  hallCode: hallCodeSchema,
  deskNo: deskNoSchema,
});
export type EnrolInput = z.output<typeof enrolInputSchema>;

export interface Enrolment {
  deskId: string;
  /** The secret half of `Authorization: Bearer <deskId>.<credential>`; the centre keeps only its hash. */
  credential: string;
  hallCode: string;
  hallName: string;
  deskNo: string;
}

/**
 * Exchanges a one-time enrolment code for the desk's credential. The code is spent by one
 * conditional UPDATE, so two desks racing with the same code cannot both win. Enrolling a window
 * that already has a credential replaces it (a new PC at the same window): the old one stops working.
 */
export async function enrolDesk(sql: Sql, input: EnrolInput): Promise<Enrolment> {
  const codeHash = enrolmentCodeHash(input.enrolmentCode);
  return sql.transaction(async (tx) => {
    const spent = await spendEnrolmentCode(tx, codeHash, input.hallCode, input.deskNo);
    const hallName = spent?.hall_name;
    if (hallName === undefined) throw await whyRefused(tx, codeHash, input);

    const credential = newCredentialSecret();
    const deskId = await upsertDeskCredential(tx, randomUUID(), input.hallCode, input.deskNo, sha256Hex(credential));
    if (deskId === undefined) throw new AppError('INTERNAL', '窗口注册失败，请重试');
    await recordEnrolmentCodeUsedBy(tx, codeHash, deskId);
    return { deskId, credential, hallCode: input.hallCode, hallName, deskNo: input.deskNo };
  });
}

async function whyRefused(tx: SqlQueries, codeHash: string, input: EnrolInput): Promise<AppError> {
  const code = await findEnrolmentCodeState(tx, codeHash);
  if (code === undefined) return new AppError('UNAUTHENTICATED', '注册码无效，请核对后重新输入', 'enrolmentCode');
  if (code.used) {
    return new AppError(
      'UNAUTHENTICATED',
      '该注册码已使用过，每个注册码只能使用一次；如需重新注册请联系中心管理员签发新的注册码',
      'enrolmentCode',
    );
  }
  if (code.expired) return new AppError('UNAUTHENTICATED', '该注册码已过期，请联系中心管理员签发新的注册码', 'enrolmentCode');
  if (code.hall_code !== input.hallCode || code.desk_no !== input.deskNo) {
    return new AppError(
      'FORBIDDEN',
      `该注册码只能用于 ${code.hall_code} 大厅 ${code.desk_no} 号窗口，与本窗口的大厅编码或窗口号不符`,
      'enrolmentCode',
    );
  }
  return new AppError('UNAUTHENTICATED', '注册码无效，请核对后重新输入', 'enrolmentCode');
}
