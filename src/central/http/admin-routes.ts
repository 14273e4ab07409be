import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { adminCookieName, adminSessionMs } from '../admin/admin-auth';
import { renderAdminPage, renderSignInPage } from '../admin/admin-page';
import { readOverview } from '../admin/overview';
import { issueEnrolmentCode, issueEnrolmentCodeInputSchema } from '../desks/enrolment-codes';
import { revokeDesk, revokeDeskInputSchema } from '../desks/revoke-desk';
import { createHall, createHallInputSchema } from '../halls/halls';
import { publishCalendar } from '../publish/publish-calendar';
import { publishCaseStatus, caseStatusInputSchema } from '../publish/publish-case-status';
import { publishCatalogue } from '../publish/publish-catalogue';
import { hallCodeSchema } from '../../shared/contract/fields';
import type { CentralDeps } from './central-deps';
import type { CentralEnv } from './central-env';
import { parseInput } from './parse-input';
import { kib, mib } from './read-body';
import { htmlReply, okReply, redirectReply } from './replies';
import { reachedOverTls } from './request-origin';
import { jsonInput, limitBody } from './validate-input';

const jsonLimit = limitBody(64 * kib, '请求内容过大');
const fileLimit = limitBody(20 * mib, '文件过大：不能超过 20 MB');

/** The administrator's page and JSON actions (the CLI uses the same actions). */
export function adminRoutes(deps: CentralDeps): Hono<CentralEnv> {
  const { sql, admin } = deps;
  const bearer = createMiddleware<CentralEnv>(async (c, next) => {
    admin.requireBearer(c.req.header('authorization'));
    await next();
  });
  const cookieOptions = (c: Context<CentralEnv>) =>
    ({ path: '/admin', httpOnly: true, sameSite: 'Strict', secure: reachedOverTls(c.env.incoming, deps.trustedProxy) }) as const;

  return new Hono<CentralEnv>()
    .get('/admin', async (c) => {
      const token = c.req.query('token');
      // The token leaves the address bar at once; the page then runs on an HttpOnly cookie.
      if (token !== undefined && admin.isToken(token)) {
        setCookie(c, adminCookieName, admin.startSession(), { ...cookieOptions(c), maxAge: adminSessionMs / 1000 });
        return redirectReply(c, '/admin');
      }
      if (!admin.hasSession(getCookie(c, adminCookieName))) return htmlReply(c, renderSignInPage(), 401);
      return htmlReply(c, renderAdminPage(await readOverview(sql)));
    })
    .post('/admin/logout', (c) => {
      admin.endSession(getCookie(c, adminCookieName));
      deleteCookie(c, adminCookieName, cookieOptions(c));
      return redirectReply(c, '/admin');
    })
    .get('/v1/admin/overview', bearer, async (c) => okReply(c, await readOverview(sql)))
    .post('/v1/admin/halls', bearer, jsonLimit, jsonInput(createHallInputSchema), async (c) =>
      okReply(c, await createHall(sql, c.get('input'))),
    )
    .post('/v1/admin/enrolment-codes', bearer, jsonLimit, jsonInput(issueEnrolmentCodeInputSchema), async (c) =>
      okReply(c, await issueEnrolmentCode(sql, c.get('input'))),
    )
    .post('/v1/admin/desks/revoke', bearer, jsonLimit, jsonInput(revokeDeskInputSchema), async (c) =>
      okReply(c, await revokeDesk(sql, c.get('input'))),
    )
    .post('/v1/admin/publish/catalogue', bearer, fileLimit, async (c) => {
      const hall = c.req.query('hall');
      const hallCode = hall === undefined || hall === '' ? null : parseInput(hallCodeSchema, hall);
      return okReply(c, await publishCatalogue(sql, await c.req.text(), hallCode));
    })
    .post('/v1/admin/publish/calendar', bearer, fileLimit, async (c) => okReply(c, await publishCalendar(sql, await c.req.text())))
    .post('/v1/admin/publish/case-status', bearer, jsonLimit, jsonInput(caseStatusInputSchema), async (c) =>
      okReply(c, await publishCaseStatus(sql, c.get('input'))),
    );
}
