import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { sameSecret, sha256Hex } from '../security/secrets';

export const adminCookieName = 'central_admin';
/** An admin page session lasts this long from sign-in, then the token is needed again. */
export const adminSessionMs = 8 * 60 * 60 * 1000;
/** Sign-ins kept at once; the oldest goes first, so a flood of sign-ins cannot grow memory. */
const maxSessions = 100;

export interface AdminGuard {
  /** For the JSON API and the CLI: `Authorization: Bearer <admin token>`. */
  requireBearer(authorization: string | undefined): void;
  /** For the admin page: whether a session cookie's id is live (set by visiting `/admin?token=…` once). */
  hasSession(sessionId: string | undefined): boolean;
  isToken(given: string): boolean;
  /** Starts a page session: a random id for the cookie (never the token); the centre keeps only its hash. */
  startSession(): string;
  endSession(sessionId: string | undefined): void;
}

export function createAdminGuard(adminToken: string, now: () => number = Date.now): AdminGuard {
  const tokenHash = sha256Hex(adminToken);
  const isToken = (given: string) => given !== '' && sameSecret(given, tokenHash);
  // Keyed by the id's hash: a heap dump shows no cookie that works.
  const sessions = new Map<string, number>();
  const sessionKey = (sessionId: string | undefined) => sha256Hex(sessionId ?? '');
  return {
    isToken,
    requireBearer(authorization) {
      const header = authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
      if (!isToken(given)) throw new AppError('UNAUTHENTICATED', '需要有效的中心管理令牌（CENTRAL_ADMIN_TOKEN）');
    },
    hasSession(sessionId) {
      const key = sessionKey(sessionId);
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
      return id;
    },
    endSession(sessionId) {
      sessions.delete(sessionKey(sessionId));
    },
  };
}
