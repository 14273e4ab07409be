/**
 * 督办 warning levels, in working days left before the promised date: red when overdue, yellow
 * within the hall's threshold (2 working days unless the hall sets another), normal otherwise.
 */
export const warningLevels = ['red', 'yellow', 'normal'] as const;
export type WarningLevel = (typeof warningLevels)[number];

export const warningLevelLabels: Record<WarningLevel, string> = { red: '红色预警（已超期）', yellow: '黄色预警（临期）', normal: '正常' };
export const warningLevelShort: Record<WarningLevel, string> = { red: '超期', yellow: '临期', normal: '正常' };

export const defaultYellowDays = 2;
export const maxYellowDays = 30;

export function warningLevel(remainingWorkingDays: number, yellowDays: number): WarningLevel {
  if (remainingWorkingDays < 0) return 'red';
  if (remainingWorkingDays <= yellowDays) return 'yellow';
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
