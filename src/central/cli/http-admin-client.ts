import { AppError, errorCodes } from '../../shared/errors';
import type { ErrorCode } from '../../shared/errors';
import type { AdminActions } from './admin-actions';

/** The admin JSON API of a running centre, for the CLI and for scripts and tests. */
export function httpAdminActions(baseUrl: string, adminToken: string): AdminActions {
  async function call<T>(path: string, body: string | null): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, baseUrl), {
        method: body === null ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${adminToken}`, ...(body === null ? {} : { 'content-type': 'application/json' }) },
        ...(body === null ? {} : { body }),
      });
    } catch {
      throw new AppError('INTERNAL', `无法连接中心平台 ${baseUrl}（中心是否已启动？）`);
    }
    const result = (await response.json().catch(() => null)) as
      { ok: true; value: T } | { ok: false; error: { code: string; message: string } } | null;
    if (result === null) throw new AppError('INTERNAL', `中心平台返回了无法识别的内容（HTTP ${response.status}）`);
    if (!result.ok) {
      const code = (errorCodes as readonly string[]).includes(result.error.code) ? (result.error.code as ErrorCode) : 'INTERNAL';
      throw new AppError(code, result.error.message);
    }
    return result.value;
  }
  return {
    createHall: (input) => call('/v1/admin/halls', JSON.stringify(input)),
    issueEnrolmentCode: (input) => call('/v1/admin/enrolment-codes', JSON.stringify(input)),
    revokeDesk: (input) => call('/v1/admin/desks/revoke', JSON.stringify(input)),
    publishCatalogue: (fileText, hallCode) =>
      call(`/v1/admin/publish/catalogue${hallCode === null ? '' : `?hall=${encodeURIComponent(hallCode)}`}`, fileText),
    publishCalendar: (fileText) => call('/v1/admin/publish/calendar', fileText),
    publishCaseStatus: (input) => call('/v1/admin/publish/case-status', JSON.stringify(input)),
    overview: () => call('/v1/admin/overview', null),
    createCentreAdmin: (input) => call('/v1/admin/accounts', JSON.stringify(input)),
  };
}
