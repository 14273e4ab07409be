/** The day a copy received on `receivedOn` stops being reusable: `months` later (clamped to month end). */
export function reuseValidUntil(receivedOn: string, months: number): string {
  const [y, m, d] = receivedOn.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** Still reusable today: the last valid day is the day before the anniversary. */
export function isReusable(receivedOn: string, months: number, today: string): boolean {
  return today < reuseValidUntil(receivedOn, months);
}
