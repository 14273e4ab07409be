/**
 * 督办 warning levels, in working days left before the promised date: red when overdue; yellow
 * when the case is really at risk (see warningLevel); normal otherwise.
 */
export const warningLevels = ['red', 'yellow', 'normal'] as const;
export type WarningLevel = (typeof warningLevels)[number];

export const warningLevelLabels: Record<WarningLevel, string> = { red: '红色预警（已超期）', yellow: '黄色预警（临期）', normal: '正常' };
export const warningLevelShort: Record<WarningLevel, string> = { red: '超期', yellow: '临期', normal: '正常' };

export const defaultYellowDays = 2;
export const maxYellowDays = 30;

/**
 * Yellow means a real risk, so it needs both: at most the hall's threshold of working days left
 * (2 unless set), AND at least half of the sub-task's time limit used (remaining × 2 ≤ limit).
 * Without the second condition every item of 1 or 2 working days would be yellow the moment it
 * is registered, and a board full of yellow hides the cases that matter. So a 1-day item turns
 * yellow on its due day, a 2- or 3-day item with 1 day left, a 5-day item with 2 days left.
 * `limitDays` is the sub-task's working days including any extension its pauses earned.
 */
export function warningLevel(remainingWorkingDays: number, yellowDays: number, limitDays: number): WarningLevel {
  if (remainingWorkingDays < 0) return 'red';
  if (remainingWorkingDays <= yellowDays && remainingWorkingDays * 2 <= limitDays) return 'yellow';
  return 'normal';
}

/** For sorting: red first, then yellow, then normal, then cases off the clock. */
export function levelRank(level: WarningLevel | null): number {
  return level === null ? warningLevels.length : warningLevels.indexOf(level);
}

/** The worse of two levels (a joint case is as late as its latest open sub-task). */
export function worseLevel(a: WarningLevel | null, b: WarningLevel | null): WarningLevel | null {
  return levelRank(a) <= levelRank(b) ? a : b;
}

export function remainingText(remaining: number): string {
  if (remaining < 0) return `已超期 ${-remaining} 个工作日`;
  if (remaining === 0) return '今日到期';
  return `剩余 ${remaining} 个工作日`;
}
