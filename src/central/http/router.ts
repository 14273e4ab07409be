import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';
import type { Reply } from './replies';

export interface RequestContext {
  req: IncomingMessage;
  url: URL;
}

export type Handler = (ctx: RequestContext) => Promise<Reply>;

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handler: Handler;
}

/** Exact paths only: the API has no path parameters, identifiers travel in the body or query. */
export function createRouter(routes: readonly Route[]): Handler {
  const byPath = new Map<string, Map<string, Handler>>();
  for (const route of routes) {
    const methods = byPath.get(route.path) ?? new Map<string, Handler>();
    methods.set(route.method, route.handler);
    byPath.set(route.path, methods);
  }
  return async (ctx) => {
    const methods = byPath.get(ctx.url.pathname);
    if (methods === undefined) throw new HttpError(404, 'NOT_FOUND', '请求的地址不存在');
    const handler = methods.get(ctx.req.method ?? 'GET');
    if (handler === undefined) throw new HttpError(405, 'VALIDATION', `此地址不支持 ${ctx.req.method ?? ''} 请求`);
    return handler(ctx);
  };
}
