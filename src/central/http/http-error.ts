import { AppError } from '../../shared/errors';
import type { ErrorCode } from '../../shared/errors';

const statusByCode: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  SETUP_REQUIRED: 409,
  CALENDAR_MISSING: 400,
  DISK_FULL: 507,
  STORE_UNAVAILABLE: 503,
  SETTINGS_REQUIRED: 409,
  INTERNAL: 500,
};

/** An AppError whose HTTP status is not the one its code implies (413, 405, …). */
export class HttpError extends AppError {
  readonly status: number;

  constructor(status: number, code: ErrorCode, message: string) {
    super(code, message);
    this.name = 'HttpError';
    this.status = status;
  }
}

export function httpStatusOf(error: AppError): number {
  return error instanceof HttpError ? error.status : statusByCode[error.code];
}

export const tooLarge = (message: string): HttpError => new HttpError(413, 'VALIDATION', message);
