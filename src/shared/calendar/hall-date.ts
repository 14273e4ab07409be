import { defaultHallTimeZone, hallDateOf } from '../time/hall-time';

/**
 * The hall's calendar date for an instant. Halls are in mainland China, so dates are taken in
 * the hall's zone (Asia/Shanghai) whatever the machine's own time zone (a desk set to UTC must
 * not register a case accepted at 07:30 on the previous day).
 */
export function hallDate(instant: Date, zone: string = defaultHallTimeZone): string {
  return hallDateOf(instant, zone);
}
