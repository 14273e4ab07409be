import { defaultHallTimeZone, hallClockParts, hallDateOf } from '../time/hall-time';

/**
 * Dates as an official document writes them: 2026年3月9日 (no leading zeros). Instants are
 * read in the hall's time zone (a hall setting, Asia/Shanghai by default), whatever the machine's own.
 */
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function chineseDate(date: string): string {
  const match = datePattern.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** 2026年3月9日 for an instant (an ISO string or a Date), in the hall's zone. */
export function chineseDateOf(instant: string | Date, zone: string = defaultHallTimeZone): string {
  return chineseDate(hallDateOf(instant, zone));
}

/** 2026年3月9日 10:45 for an instant, in the hall's zone. */
export function chineseDateTime(instant: string | Date, zone: string = defaultHallTimeZone): string {
  const p = hallClockParts(instant, zone);
  return `${chineseDate(`${p.year}-${p.month}-${p.day}`)} ${p.hour}:${p.minute}`;
}

/** A YYYY-MM-DD date plus calendar days (not working days). */
export function addCalendarDays(date: string, days: number): string {
  const match = datePattern.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  const t = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return t.toISOString().slice(0, 10);
}
