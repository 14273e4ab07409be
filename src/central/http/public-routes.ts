import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors';
import { findPublicCaseStatus, publicStatusQuerySchema } from '../public/case-status-lookup';
import { notFoundMessage, renderStatusPage } from '../public/status-page';
import type { CentralDeps } from './central-deps';
import type { CentralEnv } from './central-env';
import { HttpError } from './http-error';
import { createRateLimiter } from './rate-limit';
import { htmlReply, okReply } from './replies';
import { requestSource } from './request-origin';
import { queryInput } from './validate-input';

/** Enough for an applicant who mistypes a few times; far too few to try query codes. */
export const statusLookupsPerMinute = 20;
export const tooManyLookupsMessage = '查询过于频繁，请一分钟后再试';

/** The only thing the public may reach: a case's status, given its number and query code. */
export function publicRoutes(deps: CentralDeps): Hono<CentralEnv> {
  const limiter = deps.statusRateLimiter ?? createRateLimiter({ limit: statusLookupsPerMinute, windowMs: 60_000, maxSources: 10_000 });
  const rateLimited = createMiddleware<CentralEnv>(async (c, next) => {
    if (!limiter.allow(requestSource(c.env.incoming, deps.trustedProxy))) throw new HttpError(429, 'LOCKED', tooManyLookupsMessage);
    await next();
  });
  const lookup = [rateLimited, queryInput(publicStatusQuerySchema)] as const;
  return new Hono<CentralEnv>()
    .get('/status', ...lookup, async (c) => {
      const status = await findPublicCaseStatus(deps.sql, c.get('query').case, c.get('query').code);
      return htmlReply(c, renderStatusPage(status), status === null ? 404 : 200);
    })
    .get('/v1/public/status', ...lookup, async (c) => {
      const status = await findPublicCaseStatus(deps.sql, c.get('query').case, c.get('query').code);
      if (status === null) throw new AppError('NOT_FOUND', notFoundMessage);
      return okReply(c, status);
    });
}
