import { randomBytes } from 'node:crypto';
import type { SqlQueries } from '../db/sql';
import { sha256Hex } from '../security/secrets';
import { findAccountById } from './account-queries';
import type { AccountRow } from './account-queries';
import { deleteEndedSessions, deleteSession, findSession, insertSession, touchSession } from './session-queries';

export const centreSessionCookie = 'centre_session';
/** A session ends this long after sign-in, however busy. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;
/** …or after this long without a request. */
export const sessionIdleMs = 30 * 60 * 1000;
/** last_seen_at is written at most this often (not on every request). */
const touchEveryMs = 60 * 1000;

export const sessionIdHash = (sessionId: string): string => sha256Hex(`session:${sessionId}`);

/**
 * The session's CSRF token: derived from its id (which only the HttpOnly cookie holds), so the
 * centre stores nothing more and a stolen database row does not give it away. The web app gets it
 * in the JSON of sign-in and of GET /v1/work/session, which another site's page cannot read.
 */
export const csrfTokenFor = (sessionId: string): string => sha256Hex(`csrf:${sessionId}`);

/** Starts a session for the account; the id goes in the cookie, only its hash is stored. */
export async function startSession(tx: SqlQueries, accountId: string, now: Date): Promise<string> {
  const sessionId = randomBytes(32).toString('base64url');
  await deleteEndedSessions(tx, now, new Date(now.getTime() - sessionIdleMs));
  await insertSession(tx, { idHash: sessionIdHash(sessionId), accountId, now, expiresAt: new Date(now.getTime() + sessionLifetimeMs) });
  return sessionId;
}

/** The account behind a live session, or null (unknown, ended, idle too long, account disabled). */
export async function lookupSession(sql: SqlQueries, sessionId: string, now: Date): Promise<AccountRow | null> {
  const idHash = sessionIdHash(sessionId);
  const session = await findSession(sql, idHash);
  if (session === null) return null;
  const idleFor = now.getTime() - session.last_seen_at.getTime();
  if (session.expires_at.getTime() <= now.getTime() || idleFor >= sessionIdleMs) {
    await deleteSession(sql, idHash);
    return null;
  }
  const account = await findAccountById(sql, session.account_id);
  if (account === null || account.disabled) return null;
  if (idleFor >= touchEveryMs) await touchSession(sql, idHash, now);
  return account;
}

export async function endSession(sql: SqlQueries, sessionId: string): Promise<void> {
  await deleteSession(sql, sessionIdHash(sessionId));
}
