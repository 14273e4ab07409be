import type { CalendarData, CalendarYear } from './calendar-schema';

/**
 * Applies an admin import on top of the calendar in use.
 *
 * Each year in `incoming` replaces that year of `base` whole; days are never merged one by one.
 * The State Council publishes a year's arrangement as one notice (and has revised it whole, as in
 * 2020), so a day-level merge could keep a stale 调休 day the new notice no longer has.
 * Years only in `base` are kept unchanged. Neither input is modified.
 */
export function mergeCalendar(base: CalendarData, incoming: CalendarData): CalendarData {
  const merged: Record<string, CalendarYear> = { ...base.years, ...incoming.years };
  const years: Record<string, CalendarYear> = {};
  for (const year of Object.keys(merged).sort()) {
    const entry = merged[year];
    if (entry) years[year] = { holidays: { ...entry.holidays }, workdays: { ...entry.workdays } };
  }
  return {
    format: 'halldesk-calendar',
    version: 1,
    source: mergeSources(base, incoming),
    years,
  };
}

function mergeSources(base: CalendarData, incoming: CalendarData): string {
  const replacesAll = Object.keys(base.years).every((year) => year in incoming.years);
  if (replacesAll || base.source === incoming.source) return incoming.source;
  const importedYears = Object.keys(incoming.years).sort().join('、');
  return `${base.source}；${importedYears} 年：${incoming.source}`;
}
