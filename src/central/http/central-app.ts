import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../../shared/errors';
import { accountsRoutes } from '../accounts/accounts-routes';
import { centreSessionMiddleware } from '../accounts/session-middleware';
import { boardRoutes } from '../board/board-routes';
import { adminRoutes } from './admin-routes';
import type { CentralDeps } from './central-deps';
import type { CentralEnv } from './central-env';
import { deskRoutes } from './desk-routes';
import { pageRoutes } from '../pages-store/page-routes';
import { HttpError } from './http-error';
import { publicRoutes } from './public-routes';
import { workbenchRoutes } from '../workbench/workbench-routes';
import { errorReply } from './replies';
import { defaultCentreWebDir, workPageHeaders, workPages } from './work-pages';

/** Pages for people: nothing loads from elsewhere, and the URL (it may hold a query code) is never sent on. */
const pageHeaders = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"], formAction: ["'self'"] },
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  // HSTS is the TLS proxy's to decide (it knows the domain and its subdomains); the centre itself speaks HTTP.
  strictTransportSecurity: false,
});

/** The centre's routes and middleware; every failure answers as a `Result` with a Chinese message. */
export function createCentralApp(deps: CentralDeps): Hono<CentralEnv> {
  const app = new Hono<CentralEnv>();
  for (const pagePath of ['/admin', '/admin/logout', '/status']) app.use(pagePath, pageHeaders);
  // The signed-in account (cookie session), CSRF and the forced password change, before any work route or page.
  const session = centreSessionMiddleware(deps);
  for (const path of ['/v1/work/*', '/work', '/work/*']) app.use(path, session);
  // A page file is read by the workbench's thumbnails and viewer with the same session (GET only: no CSRF to check).
  app.get('/v1/pages/:sha256', session);
  app.route('/', deskRoutes(deps));
  if (deps.pages) app.route('/', pageRoutes(deps, deps.pages));
  app.route('/', publicRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', accountsRoutes(deps));
  app.route('/', workbenchRoutes(deps));
  app.route('/', boardRoutes(deps));
  app.use('/work', workPageHeaders);
  app.use('/work/*', workPageHeaders);
  app.route('/', workPages(deps.webDir ?? defaultCentreWebDir));

  // Exact paths only (the API has no path parameters): a known path asked with another method is a 405.
  const routedPaths = new Set(app.routes.filter((route) => route.method !== 'ALL').map((route) => route.path));
  for (const path of routedPaths) {
    app.all(path, (c) => {
      throw new HttpError(405, 'VALIDATION', `此地址不支持 ${c.req.method} 请求`);
    });
  }
  app.notFound(() => errorReply(new HttpError(404, 'NOT_FOUND', '请求的地址不存在')));
  app.onError((error, c) => {
    if (error instanceof AppError) return errorReply(error);
    deps.logError(`${c.req.method} ${c.req.path} failed`, error);
    return errorReply(new AppError('INTERNAL', '中心平台内部错误，请稍后重试'));
  });
  return app;
}
