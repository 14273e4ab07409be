import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/errors';
import { sameSecret, sha256Hex } from '../security/secrets';

export const adminCookieName = 'central_admin';
/** An admin page session lasts this long from sign-in, then the token is needed again. */
export const adminSessionMs = 8 * 60 * 60 * 1000;
/** Sign-ins kept at once; the oldest goes first, so a flood of sign-ins cannot grow memory. */
const maxSessions = 100;

export interface AdminGuard {
  /** For the JSON API and the CLI: `Authorization: Bearer <admin token>`. */
  requireBearer(req: IncomingMessage): void;
  /** For the admin page: a live session cookie, set by visiting `/admin?token=…` once. */
  hasPageCookie(req: IncomingMessage): boolean;
  isToken(given: string): boolean;
  /** Starts a page session; Set-Cookie with a random id (never the token), HttpOnly, SameSite=Strict, /admin. */
  startSession(): string;
  /** Ends the request's session; Set-Cookie that clears the cookie. */
  endSession(req: IncomingMessage): string;
}

export function createAdminGuard(adminToken: string, now: () => number = Date.now): AdminGuard {
  const tokenHash = sha256Hex(adminToken);
  const isToken = (given: string) => given !== '' && sameSecret(given, tokenHash);
  // Keyed by the id's hash: a heap dump shows no cookie that works.
  const sessions = new Map<string, number>();
  const sessionKey = (req: IncomingMessage) => sha256Hex(readCookie(req, adminCookieName) ?? '');
  return {
    isToken,
    requireBearer(req) {
      const header = req.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
      if (!isToken(given)) throw new AppError('UNAUTHENTICATED', '需要有效的中心管理令牌（CENTRAL_ADMIN_TOKEN）');
    },
    hasPageCookie(req) {
      const key = sessionKey(req);
      const expiresAt = sessions.get(key);
      if (expiresAt === undefined) return false;
      if (expiresAt > now()) return true;
      sessions.delete(key);
      return false;
    },
    startSession() {
      const id = randomBytes(32).toString('base64url');
      for (const [key, expiresAt] of sessions) if (expiresAt <= now()) sessions.delete(key);
      while (sessions.size >= maxSessions) sessions.delete(sessions.keys().next().value as string);
      sessions.set(sha256Hex(id), now() + adminSessionMs);
      return `${adminCookieName}=${id}; Path=/admin; Max-Age=${adminSessionMs / 1000}; HttpOnly; SameSite=Strict`;
    },
    endSession(req) {
      sessions.delete(sessionKey(req));
      return `${adminCookieName}=; Path=/admin; Max-Age=0; HttpOnly; SameSite=Strict`;
    },
  };
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
