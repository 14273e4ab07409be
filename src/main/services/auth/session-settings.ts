import type { Db } from '../../db/open-database';
import { getSetting } from '../settings/settings-repository';

export const defaultSessionIdleMinutes = 30;

/** A session unused for this long ends (a hall setting, `settings.update`). */
export function sessionIdleMinutes(db: Db): number {
  const value = Number(getSetting(db, 'auth.sessionIdleMinutes') ?? defaultSessionIdleMinutes);
  return Number.isInteger(value) && value > 0 ? value : defaultSessionIdleMinutes;
}
