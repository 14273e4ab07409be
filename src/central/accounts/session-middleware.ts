import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { changePasswordRoute, currentSessionRoute, signInRoute, signOutRoute } from '../contract/accounts-contract';
import { csrfHeaderName } from '../contract/centre-contract';
import type { CentralDeps } from '../http/central-deps';
import type { CentralEnv } from '../http/central-env';
import { HttpError } from '../http/http-error';
import { sameSecret, sha256Hex } from '../security/secrets';
import { centreUserOfRow } from './account-view';
import { centreSessionCookie, csrfTokenFor, lookupSession } from './sessions';

/** What an account that must still change its password may reach. */
const beforePasswordChange = new Set<string>([currentSessionRoute.path, signInRoute.path, signOutRoute.path, changePasswordRoute.path]);
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every /v1/work and /work request: the session cookie names the signed-in account
 * (c.get('centreUser')); every unsafe /v1/work request must carry the CSRF header (the session's
 * token when signed in); an account with a first or reset password reaches only the routes to change it.
 */
export function centreSessionMiddleware(deps: Pick<CentralDeps, 'sql' | 'now'>) {
  return createMiddleware<CentralEnv>(async (c, next) => {
    const sessionId = getCookie(c, centreSessionCookie);
    const account = sessionId === undefined ? null : await lookupSession(deps.sql, sessionId, deps.now?.() ?? new Date());
    if (account !== null && sessionId !== undefined) {
      c.set('centreUser', centreUserOfRow(account));
      c.set('centreSession', { sessionId, mustChangePassword: account.must_change_password });
    }
    const isApi = c.req.path.startsWith('/v1/work/');
    if (isApi && !safeMethods.has(c.req.method)) {
      const given = c.req.header(csrfHeaderName) ?? '';
      const session = c.get('centreSession');
      if (given === '' || (session !== undefined && !sameSecret(given, sha256Hex(csrfTokenFor(session.sessionId)))))
        throw new HttpError(403, 'FORBIDDEN', '请求缺少有效的防伪令牌，请刷新页面后重试');
    }
    if (isApi && account?.must_change_password === true && !beforePasswordChange.has(c.req.path))
      throw new HttpError(403, 'FORBIDDEN', '请先修改初始密码（首次登录或密码被重置后须先修改）');
    await next();
  });
}
