import dayjs from 'dayjs';

/** Times cross the contract as ISO strings; the clerk reads them in the hall's local time. */
export function formatTime(iso: string): string {
  const parsed = dayjs(iso);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD HH:mm') : iso;
}
