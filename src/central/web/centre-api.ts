import type { ErrorCode, Result } from '../../shared/errors';
import type { CentreRoute, CentreRouteInput, CentreRouteOutput } from '../contract/centre-contract';
import { csrfHeaderName } from '../contract/centre-contract';

/** A refused call, with the centre's Chinese message (shown as is) and its code for the screens. */
export class CentreApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'CentreApiError';
    this.code = code;
    this.field = field;
  }
}

let csrfToken = '';

/** Set from every session the centre answers (sign-in, who-am-I, password change); cleared on sign-out. */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

function queryString(input: unknown): string {
  if (input === null || typeof input !== 'object') return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Posts raw bytes (a file) to a centre path with the CSRF header; the reply is read as any route's. */
export async function postCentreFile<T>(path: string, query: Record<string, string | number>, file: Blob): Promise<T> {
  return readReply<T>(() =>
    fetch(`${path}${queryString(query)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', [csrfHeaderName]: csrfToken || 'sign-in' },
      body: file,
    }),
  );
}

/** Calls one contract route from the browser: same-origin cookie, CSRF header on POST, a Chinese error on failure. */
export async function callCentre<R extends CentreRoute>(route: R, input: CentreRouteInput<R>): Promise<CentreRouteOutput<R>> {
  const isGet = route.method === 'GET';
  return readReply<CentreRouteOutput<R>>(() =>
    fetch(isGet ? `${route.path}${queryString(input)}` : route.path, {
      method: route.method,
      credentials: 'same-origin',
      headers: isGet ? { accept: 'application/json' } : { 'content-type': 'application/json', [csrfHeaderName]: csrfToken || 'sign-in' },
      ...(isGet ? {} : { body: JSON.stringify(input) }),
    }),
  );
}

/** One request's answer as a value, or a CentreApiError with the centre's Chinese message. */
async function readReply<T>(send: () => Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await send();
  } catch {
    throw new CentreApiError('INTERNAL', '无法连接中心平台，请检查网络后重试');
  }
  let body: Result<T>;
  try {
    body = (await response.json()) as Result<T>;
  } catch {
    throw new CentreApiError('INTERNAL', `中心平台返回了无法识别的内容（HTTP ${response.status}）`);
  }
  if (!body.ok) throw new CentreApiError(body.error.code, body.error.message, body.error.field);
  return body.value;
}
