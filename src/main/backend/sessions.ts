import type { SessionUser } from '../../shared/contract/user-types';

/**
 * Who is logged in at which window or browser. Kept in memory only: a restart asks everyone to
 * log in again. Logging out forgets the session, never any data.
 */
export class Sessions {
  private readonly byKey = new Map<string, number>();

  bind(sessionKey: string, user: SessionUser): void {
    this.byKey.set(sessionKey, user.id);
  }

  userIdOf(sessionKey: string): number | undefined {
    return this.byKey.get(sessionKey);
  }

  forget(sessionKey: string): void {
    this.byKey.delete(sessionKey);
  }
}
