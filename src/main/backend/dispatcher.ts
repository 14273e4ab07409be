import type { z } from 'zod';
import { api, isChannel, type Channel } from '../../shared/contract/api';
import { mayCall } from '../../shared/contract/endpoint';
import { roleLabels } from '../../shared/contract/roles';
import { AppError, type Result } from '../../shared/errors';
import { diskFullError, isDiskFull } from '../db/store-problems';
import type { Clock } from '../services/clock';
import { assertCasesInScope } from '../services/agents/case-scope';
import { toSessionUser } from '../services/auth/auth-service';
import { sessionIdleMinutes } from '../services/auth/session-settings';
import { isSetupDone } from '../services/setup/setup-service';
import { findUserById } from '../services/users/user-repository';
import type { CallContext } from './call-context';
import type { BackendDeps, Handler, HandlerMap } from './handler-types';
import { loginSource } from './login-source';

export interface Call {
  channel: string;
  input: unknown;
  sessionKey: string;
}

export type Dispatch = (call: Call) => Promise<Result<unknown>>;

export interface Logger {
  error(obj: unknown, msg?: string): void;
}

const beforeSetup = new Set<Channel>(['app.status', 'setup.initialize']);
/** All a user whose password was set or reset by an administrator may do before changing it. */
const beforePasswordChange = new Set<Channel>(['app.status', 'auth.changePassword', 'auth.logout']);

/** The first zod issue, as the clerk should read it, with the field it belongs to. */
export function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  return new AppError('VALIDATION', issue?.message ?? '输入有误', field);
}

/**
 * Every call from either shell passes here: known channel, setup state, session, role, input
 * schema, then the handler; the output is parsed too, so nothing outside the contract leaks.
 */
export function createDispatcher(deps: BackendDeps, handlers: HandlerMap, clock: Clock, logger: Logger): Dispatch {
  const { db, sessions } = deps;

  /** The session's user, or why there is none; a disabled account's sessions end at once. */
  function currentUser(sessionKey: string) {
    const found = sessions.lookup(sessionKey, sessionIdleMinutes(db), (id) => {
      const record = findUserById(db, id);
      return record?.active === 1 ? record.password_hash : undefined;
    });
    if ('ended' in found) return { user: null, idle: found.ended === 'idle' };
    return { user: toSessionUser(findUserById(db, found.userId)!), idle: false };
  }

  async function run(call: Call): Promise<unknown> {
    if (!isChannel(call.channel)) throw new AppError('VALIDATION', `未知的调用：${call.channel}`);
    const channel = call.channel;
    const spec = api[channel];
    if (!beforeSetup.has(channel) && !isSetupDone(db)) {
      throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
    }
    const { user, idle } = currentUser(call.sessionKey);
    if (!mayCall(spec.access, user?.role)) {
      if (spec.access === 'applicant') throw new AppError('FORBIDDEN', '评价只能由申请人在评价屏上进行');
      if (!user) throw new AppError('UNAUTHENTICATED', idle ? '长时间未操作，已自动退出，请重新登录' : '请先登录');
      throw new AppError('FORBIDDEN', `您的角色（${roleLabels[user.role]}）无权${spec.title}`);
    }
    if (user?.mustChangePassword && !beforePasswordChange.has(channel)) {
      throw new AppError('FORBIDDEN', '请先修改密码：管理员设置或重置的密码须在首次登录时修改');
    }
    const parsed = spec.input.safeParse(call.input ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    assertCasesInScope(db, user, parsed.data);
    const ctx: CallContext = { sessionKey: call.sessionKey, source: loginSource(call.sessionKey), user, now: clock.now() };
    const handler = handlers[channel] as Handler<Channel>;
    const output = await handler(parsed.data as never, ctx);
    return spec.output.parse(output);
  }

  return async (call) => {
    try {
      return { ok: true, value: await run(call) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toInfo() };
      // The transaction rolled back whole; the clerk learns what happened and what to do.
      if (isDiskFull(error)) return { ok: false, error: diskFullError().toInfo() };
      logger.error({ err: error, channel: call.channel }, 'call failed');
      return { ok: false, error: { code: 'INTERNAL', message: '系统内部错误，请联系管理员（已记录日志）' } };
    }
  };
}
