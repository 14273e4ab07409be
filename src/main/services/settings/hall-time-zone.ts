import { defaultHallTimeZone, isTimeZone } from '../../../shared/time/hall-time';
import type { Db } from '../../db/open-database';
import { getSetting } from './settings-repository';

export const hallTimeZoneKey = 'hall.timeZone';

/** The hall's time zone (系统设置); Asia/Shanghai unless an administrator set another. */
export function readHallTimeZone(db: Db): string {
  const stored = getSetting(db, hallTimeZoneKey);
  return stored && isTimeZone(stored) ? stored : defaultHallTimeZone;
}
