/**
 * Typed errors that cross the contract. `message` is always Chinese, written for the clerk;
 * `code` is for code; `field` names the input field at fault so the UI can show it there.
 */
export const errorCodes = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'SETUP_REQUIRED',
  'CALENDAR_MISSING',
  /** The disk (or the store's size limit) is full: nothing was saved; free space and retry. */
  'DISK_FULL',
  /** The store cannot be used at start: damaged, empty, unreadable or read-only. */
  'STORE_UNAVAILABLE',
  /** A hall setting a document prints is not filled in yet (e.g. the 人民法院 on 不予受理通知书). */
  'SETTINGS_REQUIRED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  field?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  toInfo(): ErrorInfo {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
