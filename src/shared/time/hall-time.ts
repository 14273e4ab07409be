/**
 * The ONE formatter of instants for people: on screen, on paper, in exports and in the audit
 * log, times are the hall's wall clock (a hall setting, Asia/Shanghai by default), never the
 * zone the PC happens to be set to. Instants travel as ISO strings (UTC); only here do they
 * become a date and a time of day.
 */
export const defaultHallTimeZone = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  return format;
}

/** An IANA zone name this runtime knows (e.g. Asia/Shanghai, Asia/Urumqi). */
export function isTimeZone(zone: string): boolean {
  try {
    formatIn(zone);
    return true;
  } catch {
    return false;
  }
}

export interface HallClockParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

export function hallClockParts(instant: Date | string, zone: string = defaultHallTimeZone): HallClockParts {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(
    formatIn(zone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** 2026-03-02: the hall's calendar date of an instant. */
export function hallDateOf(instant: Date | string, zone: string = defaultHallTimeZone): string {
  const p = hallClockParts(instant, zone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 2026-03-02 09:30 (or with seconds): the hall's wall-clock time of an instant. */
export function formatHallTime(instant: Date | string, zone: string = defaultHallTimeZone, withSeconds = false): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const p = hallClockParts(date, zone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`;
}

/** 09:30: the hall's time of day of an instant. */
export function formatHallClock(instant: Date | string, zone: string = defaultHallTimeZone): string {
  return formatHallTime(instant, zone).slice(11);
}

/**
 * The instants [from, to) of one hall day (YYYY-MM-DD) as ISO strings, for filters by day. The
 * zone's offset is read at each midnight, so a zone with summer time is also right.
 */
export function hallDayRange(day: string, zone: string = defaultHallTimeZone): { from: string; to: string } {
  const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: new Date(hallMidnight(day, zone)).toISOString(), to: new Date(hallMidnight(nextDay, zone)).toISOString() };
}

function hallMidnight(day: string, zone: string): number {
  const midnightAsUtc = Date.parse(`${day}T00:00:00Z`);
  const p = hallClockParts(new Date(midnightAsUtc), zone);
  const offset = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - midnightAsUtc;
  return midnightAsUtc - offset;
}
