import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { CentreRoute, CentreRouteAccess } from '../contract/centre-contract';
import type { CentralEnv } from './central-env';
import { parseInput, queryObject } from './parse-input';
import { kib } from './read-body';
import { okReply } from './replies';
import { centreUserOf } from './require-role';
import { limitBody, readJsonBody } from './validate-input';

const workBodyLimit = limitBody(64 * kib, '请求内容过大');

/** Refuses before the body is read: 401 signed out, 403 wrong role ('public' lets anyone through). */
function checkAccess(c: Context<CentralEnv>, access: CentreRouteAccess): void {
  if (access === 'public') return;
  const user = centreUserOf(c);
  if (access !== 'signed-in' && !access.includes(user.role)) throw new AppError('FORBIDDEN', '当前账号无权进行此操作');
}

/**
 * Mounts one contract route on `app`: access checked first, then the input (query string or JSON
 * body) validated by the route's schema, then the handler's answer shaped by the output schema
 * (fields the schema does not name never leave the centre). The session middleware has already run.
 */
export function serveCentreRoute<I extends z.ZodType, O extends z.ZodType>(
  app: Hono<CentralEnv>,
  route: CentreRoute<I, O>,
  handler: (input: z.output<I>, c: Context<CentralEnv>) => Promise<z.input<O>> | z.input<O>,
): void {
  app.on(route.method, route.path, workBodyLimit, async (c) => {
    checkAccess(c, route.access);
    const raw = route.method === 'GET' ? queryObject(new URL(c.req.url)) : await readJsonBody(c);
    const output = await handler(parseInput(route.input, raw), c);
    return okReply(c, route.output.parse(output));
  });
}
