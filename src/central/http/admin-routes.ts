import { renderAdminPage } from '../admin/admin-page';
import { readOverview } from '../admin/overview';
import { issueEnrolmentCode, issueEnrolmentCodeInputSchema } from '../desks/enrolment-codes';
import { revokeDesk, revokeDeskInputSchema } from '../desks/revoke-desk';
import { createHall, createHallInputSchema } from '../halls/halls';
import { publishCalendar } from '../publish/publish-calendar';
import { publishCaseStatus, caseStatusInputSchema } from '../publish/publish-case-status';
import { publishCatalogue } from '../publish/publish-catalogue';
import { hallCodeSchema } from '../../shared/contract/fields';
import type { CentralDeps } from './central-deps';
import { escapeHtml, htmlPage } from './escape-html';
import { parseInput } from './parse-input';
import { kib, mib, readBodyText, readJsonBody } from './read-body';
import { htmlReply, okReply, redirectReply } from './replies';
import type { Handler, Route } from './router';

const jsonLimit = 64 * kib;
const fileLimit = 20 * mib;
const fileTooLarge = '文件过大：不能超过 20 MB';

/** The administrator's page and JSON actions (the CLI uses the same actions). */
export function adminRoutes(deps: CentralDeps): Route[] {
  const { sql, admin } = deps;
  const guarded =
    (handler: Handler): Handler =>
    async (ctx) => {
      admin.requireBearer(ctx.req);
      return handler(ctx);
    };
  const post = (path: string, handler: Handler): Route => ({ method: 'POST', path, handler: guarded(handler) });
  return [
    {
      method: 'GET',
      path: '/admin',
      handler: async ({ req, url }) => {
        const token = url.searchParams.get('token');
        // The token leaves the address bar at once; the page then runs on an HttpOnly cookie.
        if (token !== null && admin.isToken(token)) return redirectReply('/admin', { 'set-cookie': admin.startSession() });
        if (!admin.hasPageCookie(req)) {
          const body = `<h1>需要登录</h1><p>${escapeHtml('请使用中心平台启动时打印的管理地址（/admin?token=…）打开本页。')}</p>`;
          return htmlReply(htmlPage('中心平台', body), 401);
        }
        return htmlReply(renderAdminPage(await readOverview(sql)));
      },
    },
    {
      method: 'POST',
      path: '/admin/logout',
      handler: async ({ req }) => redirectReply('/admin', { 'set-cookie': admin.endSession(req) }),
    },
    { method: 'GET', path: '/v1/admin/overview', handler: guarded(async () => okReply(await readOverview(sql))) },
    post('/v1/admin/halls', async ({ req }) =>
      okReply(await createHall(sql, parseInput(createHallInputSchema, await readJsonBody(req, jsonLimit, '请求内容过大')))),
    ),
    post('/v1/admin/enrolment-codes', async ({ req }) =>
      okReply(await issueEnrolmentCode(sql, parseInput(issueEnrolmentCodeInputSchema, await readJsonBody(req, jsonLimit, '请求内容过大')))),
    ),
    post('/v1/admin/desks/revoke', async ({ req }) =>
      okReply(await revokeDesk(sql, parseInput(revokeDeskInputSchema, await readJsonBody(req, jsonLimit, '请求内容过大')))),
    ),
    post('/v1/admin/publish/catalogue', async ({ req, url }) => {
      const hall = url.searchParams.get('hall');
      const hallCode = hall === null || hall === '' ? null : parseInput(hallCodeSchema, hall);
      return okReply(await publishCatalogue(sql, await readBodyText(req, fileLimit, fileTooLarge), hallCode));
    }),
    post('/v1/admin/publish/calendar', async ({ req }) =>
      okReply(await publishCalendar(sql, await readBodyText(req, fileLimit, fileTooLarge))),
    ),
    post('/v1/admin/publish/case-status', async ({ req }) =>
      okReply(await publishCaseStatus(sql, parseInput(caseStatusInputSchema, await readJsonBody(req, jsonLimit, '请求内容过大')))),
    ),
  ];
}
