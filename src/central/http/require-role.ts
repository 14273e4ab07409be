import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors';
import type { CentreRole, CentreUser } from '../accounts/centre-user';
import type { CentralEnv } from './central-env';

/** Lets a request through only for a signed-in account holding one of `roles` (401 signed out, 403 wrong role). */
export function requireRole(...roles: readonly CentreRole[]) {
  return createMiddleware<CentralEnv>(async (c, next) => {
    const user = c.get('centreUser');
    if (user === undefined) throw new AppError('UNAUTHENTICATED', '请先登录中心平台');
    if (!roles.includes(user.role)) throw new AppError('FORBIDDEN', '当前账号无权进行此操作');
    await next();
  });
}

/** The signed-in account behind a route guarded by `requireRole`. */
export function centreUserOf(c: Context<CentralEnv>): CentreUser {
  const user = c.get('centreUser');
  if (user === undefined) throw new AppError('UNAUTHENTICATED', '请先登录中心平台');
  return user;
}
