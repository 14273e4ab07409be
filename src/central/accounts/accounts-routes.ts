import { Hono } from 'hono';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import {
  changePasswordRoute,
  createAccountRoute,
  currentSessionRoute,
  listAccountsRoute,
  resetPasswordRoute,
  setAccountDisabledRoute,
  signInRoute,
  signOutRoute,
  updateAccountRoute,
  verifyAuditRoute,
} from '../contract/accounts-contract';
import type { CentralDeps } from '../http/central-deps';
import type { CentralEnv } from '../http/central-env';
import { okReply } from '../http/replies';
import { centreUserOf } from '../http/require-role';
import { reachedOverTls, requestSource } from '../http/request-origin';
import { createRateLimiter } from '../http/rate-limit';
import { HttpError } from '../http/http-error';
import { serveCentreRoute } from '../http/serve-centre-route';
import { jsonInput, limitBody } from '../http/validate-input';
import { kib } from '../http/read-body';
import {
  createAccount,
  createCentreAdmin,
  createCentreAdminInputSchema,
  listManagedAccounts,
  resetPassword,
  setDisabled,
  updateAccount,
} from './account-management';
import { sessionViewOf } from './account-view';
import { appendCentreAudit, verifyCentreAudit } from './centre-audit';
import { findAccountById } from './account-queries';
import { changeOwnPassword } from './own-password';
import { centreSessionCookie, csrfTokenFor, endSession, sessionLifetimeMs } from './sessions';
import { signIn } from './sign-in';

/** Sign-in attempts one address may make a minute (a hall's staff behind one NAT address sign in far less often). */
export const signInsPerMinute = 30;

/** Sign-in, the session, and account management for the web app; creating a 中心管理员 with the admin token. */
export function accountsRoutes(deps: CentralDeps): Hono<CentralEnv> {
  const { sql } = deps;
  const now = () => deps.now?.() ?? new Date();
  const cookieOptions = (c: Context<CentralEnv>) =>
    ({ path: '/', httpOnly: true, sameSite: 'Strict', secure: reachedOverTls(c.env.incoming, deps.trustedProxy) }) as const;
  const giveCookie = (c: Context<CentralEnv>, sessionId: string) =>
    setCookie(c, centreSessionCookie, sessionId, { ...cookieOptions(c), maxAge: sessionLifetimeMs / 1000 });

  // Beside each account's lockout: one address trying many 工号 is slowed down too.
  const signInLimiter = deps.signInRateLimiter ?? createRateLimiter({ limit: signInsPerMinute, windowMs: 60_000, maxSources: 10_000 });

  const app = new Hono<CentralEnv>();
  serveCentreRoute(app, signInRoute, async (input, c) => {
    if (!signInLimiter.allow(requestSource(c.env.incoming, deps.trustedProxy)))
      throw new HttpError(429, 'LOCKED', '登录尝试过于频繁，请一分钟后再试');
    const { sessionId, account } = await signIn(sql, input, now());
    giveCookie(c, sessionId);
    return sessionViewOf(account, csrfTokenFor(sessionId));
  });
  serveCentreRoute(app, currentSessionRoute, async (_input, c) => {
    const session = c.get('centreSession');
    if (session === undefined) return null;
    const account = await findAccountById(sql, centreUserOf(c).accountId);
    return account === null ? null : sessionViewOf(account, csrfTokenFor(session.sessionId));
  });
  serveCentreRoute(app, signOutRoute, async (_input, c) => {
    const user = centreUserOf(c);
    const session = c.get('centreSession');
    await sql.transaction(async (tx) => {
      if (session !== undefined) await endSession(tx, session.sessionId);
      await appendCentreAudit(tx, {
        actor: user,
        action: 'centre.sign-out',
        entity: 'centre-account',
        entityId: user.accountId,
        now: now(),
      });
    });
    deleteCookie(c, centreSessionCookie, cookieOptions(c));
    return { ok: true as const };
  });
  serveCentreRoute(app, changePasswordRoute, async (input, c) => {
    const { sessionId, account } = await changeOwnPassword(sql, centreUserOf(c), input, now());
    giveCookie(c, sessionId);
    return sessionViewOf(account, csrfTokenFor(sessionId));
  });
  serveCentreRoute(app, listAccountsRoute, (_input, c) => listManagedAccounts(sql, centreUserOf(c)));
  serveCentreRoute(app, createAccountRoute, (input, c) => createAccount(sql, centreUserOf(c), input, now()));
  serveCentreRoute(app, updateAccountRoute, (input, c) => updateAccount(sql, centreUserOf(c), input, now()));
  serveCentreRoute(app, setAccountDisabledRoute, (input, c) => setDisabled(sql, centreUserOf(c), input, now()));
  serveCentreRoute(app, resetPasswordRoute, (input, c) => resetPassword(sql, centreUserOf(c), input, now()));
  serveCentreRoute(app, verifyAuditRoute, () => verifyCentreAudit(sql));

  return app.post(
    '/v1/admin/accounts',
    limitBody(16 * kib, '请求内容过大'),
    async (c, next) => {
      deps.admin.requireBearer(c.req.header('authorization'));
      await next();
    },
    jsonInput(createCentreAdminInputSchema),
    async (c) => okReply(c, await createCentreAdmin(sql, c.get('input'), now())),
  );
}
