import type { SessionUser } from '../../shared/contract/user-types';

/** What a handler knows about the call beyond its input. */
export interface CallContext {
  /** Identifies the browser (web host cookie) or window (Electron webContents) that called. */
  sessionKey: string;
  /** Where a password check counts against (see login-source.ts). */
  source: string;
  user: SessionUser | null;
  now: Date;
}

export function requireUser(ctx: CallContext): SessionUser {
  if (!ctx.user) throw new Error('handler reached without a session: the dispatcher checks access first');
  return ctx.user;
}
