import type { Db } from '../../db/open-database';
import type { UserRecord } from '../users/user-repository';

export interface ThrottleRow {
  failures: number;
  blocked_until: string | null;
}

export function findThrottleRow(db: Db, userId: number, source: string): ThrottleRow | undefined {
  return db.prepare('SELECT failures, blocked_until FROM login_throttle WHERE user_id = ? AND source = ?').get(userId, source) as
    ThrottleRow | undefined;
}

export function saveThrottleRow(db: Db, userId: number, source: string, row: ThrottleRow): void {
  db.prepare(
    `INSERT INTO login_throttle (user_id, source, failures, blocked_until) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id, source) DO UPDATE SET failures = excluded.failures, blocked_until = excluded.blocked_until`,
  ).run(userId, source, row.failures, row.blocked_until);
}

/** Without `source`, every source of the account. */
export function deleteThrottleRows(db: Db, userId: number, source?: string): void {
  if (source === undefined) db.prepare('DELETE FROM login_throttle WHERE user_id = ?').run(userId);
  else db.prepare('DELETE FROM login_throttle WHERE user_id = ? AND source = ?').run(userId, source);
}

export type AccountLockState = Pick<UserRecord, 'active' | 'failed_attempts' | 'locked_until'>;

export function findAccountLockState(db: Db, userId: number): AccountLockState | undefined {
  return db.prepare('SELECT active, failed_attempts, locked_until FROM users WHERE id = ?').get(userId) as AccountLockState | undefined;
}

export function setAccountFailures(db: Db, userId: number, failures: number, lockedUntil: string | null): void {
  db.prepare('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(failures, lockedUntil, userId);
}
