import { z } from 'zod';
import { deskNoSchema, hallCodeSchema } from '../../shared/contract/fields';
import { AppError } from '../../shared/errors';
import type { Sql } from '../db/sql';
import { markDeskRevoked } from './desk-queries';

export const revokeDeskInputSchema = z.union(
  [z.object({ deskId: z.uuid('窗口标识格式不正确') }), z.object({ hallCode: hallCodeSchema, deskNo: deskNoSchema })],
  { error: '请指定窗口标识（deskId），或大厅编码和窗口号（hallCode、deskNo）' },
);
export type RevokeDeskInput = z.output<typeof revokeDeskInputSchema>;

export interface RevokedDesk {
  deskId: string;
  hallCode: string;
  deskNo: string;
  revokedAt: string;
}

/** Takes effect on the desk's next request. Revoking twice keeps the first time. */
export async function revokeDesk(sql: Sql, input: RevokeDeskInput): Promise<RevokedDesk> {
  const desk = await markDeskRevoked(sql, 'deskId' in input ? { deskId: input.deskId.toLowerCase() } : input);
  if (desk === undefined) throw new AppError('NOT_FOUND', '未找到该窗口，请核对窗口标识或大厅编码和窗口号');
  return { deskId: desk.id, hallCode: desk.hall_code, deskNo: desk.desk_no, revokedAt: desk.revoked_at.toISOString() };
}
