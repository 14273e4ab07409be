/**
 * An instant as the hall reads it, "2026-03-02 09:30", in Asia/Shanghai whatever the machine's
 * own zone. (Local helper of the 审计日志 and 日结 screens; merge into the hall's one time
 * formatter when that lands.)
 */
const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parts(iso: string): Record<string, string> | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
}

export function hallDateTime(iso: string, withSeconds = false): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`;
}

/** "09:30" in the hall. */
export function hallClock(iso: string): string {
  return hallDateTime(iso).slice(11);
}

/** The instants [from, to) of a hall day as ISO strings: Asia/Shanghai is UTC+8 all year (no DST). */
export function hallDayRange(day: string): { from: string; to: string } {
  const from = new Date(`${day}T00:00:00+08:00`);
  return { from: from.toISOString(), to: new Date(from.getTime() + 86_400_000).toISOString() };
}
