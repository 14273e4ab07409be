/** The State Council publishes next year's arrangement in November; from then on a missing year is worth a warning. */
export const warnFromMonth = 11;

/**
 * The header's warning when next year's 节假日安排 is missing, from 1 November (hall date), else
 * null. Promised dates reaching into that year are then 暂定.
 */
export function nextYearCalendarWarning(today: string, coveredYears: readonly number[]): string | null {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month < warnFromMonth || coveredYears.includes(year + 1)) return null;
  return `未导入${year + 1}年节假日安排，跨年承诺日期将按暂定计算`;
}
