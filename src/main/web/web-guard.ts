import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const browserCookie = 'halldesk_browser';

export function randomToken(): string {
  return randomBytes(24).toString('base64url');
}

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * DNS rebinding and cross-site requests: the Host must be our loopback address, and a browser's
 * Origin, when sent, must be ours too.
 */
export function isSameOriginRequest(request: IncomingMessage, origin: string): boolean {
  const host = request.headers.host;
  if (host !== new URL(origin).host) return false;
  const requestOrigin = request.headers.origin;
  return requestOrigin === undefined || requestOrigin === origin;
}
