import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/errors';
import { findPublicCaseStatus, publicStatusQuerySchema } from '../public/case-status-lookup';
import { notFoundMessage, renderStatusPage } from '../public/status-page';
import type { CentralDeps } from './central-deps';
import { HttpError } from './http-error';
import { parseInput, queryObject } from './parse-input';
import { createRateLimiter } from './rate-limit';
import { htmlReply, okReply } from './replies';
import type { Route } from './router';

/** Enough for an applicant who mistypes a few times; far too few to try query codes. */
export const statusLookupsPerMinute = 20;
export const tooManyLookupsMessage = '查询过于频繁，请一分钟后再试';

/**
 * Who is asking: the peer address, or, when the peer is the trusted reverse proxy, the address
 * that proxy appended last to X-Forwarded-For (earlier entries are the client's to forge).
 */
export function requestSource(req: IncomingMessage, trustedProxy: string | undefined): string {
  const peer = req.socket.remoteAddress ?? '';
  const forwarded = req.headers['x-forwarded-for'];
  if (trustedProxy === undefined || peer !== trustedProxy || typeof forwarded !== 'string') return peer;
  return forwarded.split(',').at(-1)?.trim() || peer;
}

/** The only thing the public may reach: a case's status, given its number and query code. */
export function publicRoutes(deps: CentralDeps): Route[] {
  const limiter = deps.statusRateLimiter ?? createRateLimiter({ limit: statusLookupsPerMinute, windowMs: 60_000, maxSources: 10_000 });
  const lookup = async (req: IncomingMessage, url: URL) => {
    if (!limiter.allow(requestSource(req, deps.trustedProxy))) throw new HttpError(429, 'LOCKED', tooManyLookupsMessage);
    const query = parseInput(publicStatusQuerySchema, queryObject(url));
    return findPublicCaseStatus(deps.sql, query.case, query.code);
  };
  return [
    {
      method: 'GET',
      path: '/status',
      handler: async ({ req, url }) => {
        const status = await lookup(req, url);
        return htmlReply(renderStatusPage(status), status === null ? 404 : 200);
      },
    },
    {
      method: 'GET',
      path: '/v1/public/status',
      handler: async ({ req, url }) => {
        const status = await lookup(req, url);
        if (status === null) throw new AppError('NOT_FOUND', notFoundMessage);
        return okReply(status);
      },
    },
  ];
}
