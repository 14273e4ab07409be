import type { AppError, Result } from '../../shared/errors';
import { httpStatusOf } from './http-error';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/** Every JSON answer is a `Result` from src/shared/errors, as the desk's own contract uses. */
export function okReply<T>(value: T, status = 200): Reply {
  const body: Result<T> = { ok: true, value };
  return { status, headers: jsonHeaders, body: JSON.stringify(body) };
}

export function errorReply(error: AppError): Reply {
  const body: Result<never> = { ok: false, error: error.toInfo() };
  return { status: httpStatusOf(error), headers: jsonHeaders, body: JSON.stringify(body) };
}

/** Pages for people: nothing loads from elsewhere, and the URL (it may hold a query code) is never sent on. */
export function htmlReply(html: string, status = 200, extraHeaders: Record<string, string> = {}): Reply {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'",
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      ...extraHeaders,
    },
    body: html,
  };
}

export function redirectReply(location: string, extraHeaders: Record<string, string> = {}): Reply {
  return { status: 303, headers: { location, 'cache-control': 'no-store', ...extraHeaders }, body: '' };
}
