import { Tag } from 'antd';
import { remainingText, warningLevelShort, type WarningLevel } from '../../../../shared/lifecycle/warning-level';

export const levelColors: Record<WarningLevel, string> = { red: 'red', yellow: 'gold', normal: 'green' };

/** 红 / 黄 / 正常, or nothing for a case off the clock. */
export function LevelTag({ level, testId }: { level: WarningLevel | null; testId?: string }) {
  if (level === null) return <span data-testid={testId}>—</span>;
  return (
    <Tag color={levelColors[level]} data-testid={testId} data-level={level}>
      {warningLevelShort[level]}
    </Tag>
  );
}

export function remainingLabel(remaining: number | null, paused = false): string {
  if (remaining === null) return '—';
  return `${remainingText(remaining)}${paused ? '（计时暂停）' : ''}`;
}
