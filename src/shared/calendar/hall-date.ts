/**
 * The hall's calendar date for an instant. Halls are in mainland China, so dates are taken in
 * Asia/Shanghai whatever the machine's own time zone (a desk set to UTC must not register a
 * case accepted at 07:30 on the previous day).
 */
const hallDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function hallDate(instant: Date): string {
  return hallDateFormat.format(instant);
}
