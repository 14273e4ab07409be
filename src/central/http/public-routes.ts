import { AppError } from '../../shared/errors';
import { findPublicCaseStatus, publicStatusQuerySchema } from '../public/case-status-lookup';
import { notFoundMessage, renderStatusPage } from '../public/status-page';
import type { CentralDeps } from './central-deps';
import { parseInput, queryObject } from './parse-input';
import { htmlReply, okReply } from './replies';
import type { Route } from './router';

/** The only thing the public may reach: a case's status, given its number and query code. */
export function publicRoutes(deps: CentralDeps): Route[] {
  const lookup = async (url: URL) => {
    const query = parseInput(publicStatusQuerySchema, queryObject(url));
    return findPublicCaseStatus(deps.sql, query.case, query.code);
  };
  return [
    {
      method: 'GET',
      path: '/status',
      handler: async ({ url }) => {
        const status = await lookup(url);
        return htmlReply(renderStatusPage(status), status === null ? 404 : 200);
      },
    },
    {
      method: 'GET',
      path: '/v1/public/status',
      handler: async ({ url }) => {
        const status = await lookup(url);
        if (status === null) throw new AppError('NOT_FOUND', notFoundMessage);
        return okReply(status);
      },
    },
  ];
}
