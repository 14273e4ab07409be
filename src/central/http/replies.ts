import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppError, Result } from '../../shared/errors';
import { httpStatusOf } from './http-error';

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/** Every JSON answer is a `Result` from src/shared/errors, as the desk's own contract uses. */
export function okReply<T>(c: Context, value: T): Response {
  const body: Result<T> = { ok: true, value };
  return c.body(JSON.stringify(body), 200, jsonHeaders);
}

export function errorReply(error: AppError): Response {
  const body: Result<never> = { ok: false, error: error.toInfo() };
  const status = httpStatusOf(error);
  // A refused upload may still be streaming in: close rather than read the rest of it.
  const headers = status === 413 ? { ...jsonHeaders, connection: 'close' } : jsonHeaders;
  return new Response(JSON.stringify(body), { status, headers });
}

/** Pages for people; their security headers come from the pages' middleware (central-app.ts). */
export function htmlReply(c: Context, html: string, status: ContentfulStatusCode = 200): Response {
  return c.html(html, status, { 'cache-control': 'no-store' });
}

export function redirectReply(c: Context, location: string): Response {
  c.header('cache-control', 'no-store');
  return c.redirect(location, 303);
}
