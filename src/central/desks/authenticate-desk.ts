import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Sql } from '../db/sql';
import { sameSecret } from '../security/secrets';
import { findDeskCredential } from './desk-queries';
import type { DeskIdentity } from '../sync/case-hall';

/** Hall, window and number formats come from the credential's row, never from what the desk sends. */
export interface AuthenticatedDesk extends DeskIdentity {
  id: string;
  /** Rejections of this desk still on the supervisor's list: a batch resolves them only when there are any. */
  openRejections: number;
}

export const revokedMessage = '本窗口的接入凭证已被吊销，请联系中心管理员重新注册';
const invalidMessage = '接入凭证无效，请联系中心管理员重新注册本窗口';

/** desks.case_number_formats (jsonb): the formats a desk declared; anything else there counts as none. */
const deskFormatsSchema = z.array(z.string()).catch([]);

const bearer = /^Bearer ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{1,200})$/i;

/** `Authorization: Bearer <deskId>.<credential>`; anything else is a 401 the clerk can act on. */
export async function authenticateDesk(sql: Sql, authorization: string | undefined): Promise<AuthenticatedDesk> {
  if (authorization === undefined || authorization === '') {
    throw new AppError('UNAUTHENTICATED', '缺少接入凭证：本窗口尚未在中心注册');
  }
  const match = bearer.exec(authorization.trim());
  const deskId = match?.[1]?.toLowerCase();
  const secret = match?.[2];
  if (deskId === undefined || secret === undefined) throw new AppError('UNAUTHENTICATED', invalidMessage);
  const desk = await findDeskCredential(sql, deskId);
  // Checked even for an unknown desk id, so the answer takes as long either way.
  const matches = sameSecret(secret, desk?.credential_hash ?? '0'.repeat(64));
  if (desk === undefined || !matches) throw new AppError('UNAUTHENTICATED', invalidMessage);
  if (desk.revoked) throw new AppError('UNAUTHENTICATED', revokedMessage);
  const formats = deskFormatsSchema.parse(desk.case_number_formats);
  return { id: deskId, hallCode: desk.hall_code, deskNo: desk.desk_no, caseNumberFormats: formats, openRejections: desk.open_rejections };
}
