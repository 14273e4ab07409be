import { defaultHallTimeZone, formatHallTime } from '../../shared/time/hall-time';

/**
 * The hall's wall-clock time as a clerk reads it, e.g. 2026-11-22 10:45, in the hall's zone
 * (see shared/time/hall-time), never the PC's.
 */
export function formatLocalDateTime(date: Date, zone: string = defaultHallTimeZone): string {
  return formatHallTime(date, zone);
}
