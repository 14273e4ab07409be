import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { getSetting } from '../settings/settings-repository';
import type { UserRecord } from '../users/user-repository';
import {
  deleteThrottleRows,
  findAccountLockState,
  findThrottleRow,
  saveThrottleRow,
  setAccountFailures,
  type ThrottleRow,
} from './login-throttle-repository';

/**
 * How failed password checks slow down guessing (docs/security.md, "Accounts and sessions"):
 * - per account and source, the first `freeFailures` are free; after that the source waits
 *   `firstDelaySeconds`, doubling with every further failure, never more than `maxDelaySeconds`.
 *   A stranger at another source does not slow the clerk at all; one at the same PC delays the
 *   clerk by at most the cap.
 * - account-wide, `hardLockFailures` failures with no successful login in between lock the
 *   account for `auth.lockoutMinutes` (a hall setting, 60 by default) or until an administrator
 *   unlocks it or resets its password.
 */
export const throttlePolicy = {
  freeFailures: 5,
  firstDelaySeconds: 30,
  maxDelaySeconds: 120,
  hardLockFailures: 50,
};

/** The hard lock's length (a hall setting; 60 minutes by default). */
export function hardLockMinutes(db: Db): number {
  const value = Number(getSetting(db, 'auth.lockoutMinutes') ?? '60');
  return Number.isFinite(value) && value > 0 ? value : 60;
}

export function delayAfter(failures: number): number {
  if (failures < throttlePolicy.freeFailures) return 0;
  const doubled = throttlePolicy.firstDelaySeconds * 2 ** (failures - throttlePolicy.freeFailures);
  return Math.min(doubled, throttlePolicy.maxDelaySeconds);
}

/** Why an attempt is refused without looking at the password, for the audit log only. */
export type Refusal = 'unknown-staff-no' | 'inactive' | 'locked' | 'delayed';

export type Ticket = { allowed: true } | { allowed: false; reason: Refusal };

function throttleRow(db: Db, userId: number, source: string): ThrottleRow {
  return findThrottleRow(db, userId, source) ?? { failures: 0, blocked_until: null };
}

/**
 * Reserves one password check before it runs: in one IMMEDIATE transaction the attempt is
 * counted as a failure (per source and account-wide) and the next wait set, as if it will fail;
 * a success gives it back (`forgetFailures`). Parallel guesses therefore queue on the counter,
 * never on the slow hash: only `freeFailures` of them from one source are ever checked.
 */
export function reserveAttempt(db: Db, user: UserRecord | undefined, source: string, now: Date): Ticket {
  const at = now.toISOString();
  return db
    .transaction((): Ticket => {
      if (!user) return { allowed: false, reason: 'unknown-staff-no' };
      const current = findAccountLockState(db, user.id);
      if (!current || current.active !== 1) return { allowed: false, reason: 'inactive' };
      if (current.locked_until && current.locked_until > at) return { allowed: false, reason: 'locked' };
      const row = throttleRow(db, user.id, source);
      if (row.blocked_until && row.blocked_until > at) return { allowed: false, reason: 'delayed' };
      // A hard lock that has run out starts a fresh account-wide count.
      const accountFailures = (current.locked_until ? 0 : current.failed_attempts) + 1;
      const failures = row.failures + 1;
      const delay = delayAfter(failures);
      saveThrottleRow(db, user.id, source, {
        failures,
        blocked_until: delay > 0 ? new Date(now.getTime() + delay * 1000).toISOString() : null,
      });
      const hardLock = accountFailures >= throttlePolicy.hardLockFailures;
      const lockedUntil = hardLock ? new Date(now.getTime() + hardLockMinutes(db) * 60_000).toISOString() : null;
      setAccountFailures(db, user.id, hardLock ? 0 : accountFailures, lockedUntil);
      if (hardLock) {
        appendAudit(db, {
          at,
          actorId: user.id,
          actorStaffNo: user.staff_no,
          action: 'auth.locked',
          detail: { failures: accountFailures, lockedUntil },
        });
      }
      return { allowed: true };
    })
    .immediate();
}

/** A correct password: the reserved failure and every earlier one from this source are forgiven. */
export function forgetFailures(db: Db, userId: number, source: string): void {
  deleteThrottleRows(db, userId, source);
  setAccountFailures(db, userId, 0, null);
}

/** An administrator's unlock or password reset: every source starts afresh. */
export function clearAllFailures(db: Db, userId: number): void {
  deleteThrottleRows(db, userId);
  setAccountFailures(db, userId, 0, null);
}
