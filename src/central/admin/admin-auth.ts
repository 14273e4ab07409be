import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/errors';
import { sameSecret, sha256Hex } from '../security/secrets';

export const adminCookieName = 'central_admin';

export interface AdminGuard {
  /** For the JSON API and the CLI: `Authorization: Bearer <admin token>`. */
  requireBearer(req: IncomingMessage): void;
  /** For the admin page: the cookie set by visiting `/admin?token=…` once. */
  hasPageCookie(req: IncomingMessage): boolean;
  isToken(given: string): boolean;
  /** Set-Cookie for the admin page; HttpOnly and SameSite=Strict, scoped to /admin. */
  pageCookie(token: string): string;
}

export function createAdminGuard(adminToken: string): AdminGuard {
  const tokenHash = sha256Hex(adminToken);
  const isToken = (given: string) => given !== '' && sameSecret(given, tokenHash);
  return {
    isToken,
    requireBearer(req) {
      const header = req.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
      if (!isToken(given)) throw new AppError('UNAUTHENTICATED', '需要有效的中心管理令牌（CENTRAL_ADMIN_TOKEN）');
    },
    hasPageCookie(req) {
      return isToken(readCookie(req, adminCookieName) ?? '');
    },
    pageCookie(token) {
      return `${adminCookieName}=${encodeURIComponent(token)}; Path=/admin; HttpOnly; SameSite=Strict`;
    },
  };
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
