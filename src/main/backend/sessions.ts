import type { Clock } from '../services/clock';

interface Session {
  userId: number;
  /** The password hash the session was opened with: a change or reset ends the session. */
  passwordHash: string;
  lastSeenMs: number;
}

export type Lookup = { userId: number } | { ended: 'idle' | 'none' };

/**
 * Who is logged in at which window or browser. Kept in memory only: a restart asks everyone to
 * log in again. Logging out forgets the session, never any data.
 *
 * Idle time is measured on `idleClock`, the machine's real clock by default: the test clock of
 * the e2e suite jumps whole days to age cases, which is not a clerk walking away.
 */
export class Sessions {
  private readonly byKey = new Map<string, Session>();

  constructor(private readonly idleClock: Clock) {}

  bind(sessionKey: string, user: { id: number; passwordHash: string }): void {
    this.byKey.set(sessionKey, { userId: user.id, passwordHash: user.passwordHash, lastSeenMs: this.idleClock.now().getTime() });
  }

  /**
   * The session's user if it is still valid: not idle for longer than `idleMinutes` and opened
   * with the account's current password. A valid session counts as used now.
   */
  lookup(sessionKey: string, idleMinutes: number, currentHashOf: (userId: number) => string | undefined): Lookup {
    const session = this.byKey.get(sessionKey);
    if (!session) return { ended: 'none' };
    const nowMs = this.idleClock.now().getTime();
    if (nowMs - session.lastSeenMs > idleMinutes * 60_000) {
      this.byKey.delete(sessionKey);
      return { ended: 'idle' };
    }
    if (currentHashOf(session.userId) !== session.passwordHash) {
      this.byKey.delete(sessionKey);
      return { ended: 'none' };
    }
    session.lastSeenMs = nowMs;
    return { userId: session.userId };
  }

  forget(sessionKey: string): void {
    this.byKey.delete(sessionKey);
  }
}
