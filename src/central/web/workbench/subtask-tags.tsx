import { Tag } from 'antd';
import { remainingText, warningLevelShort } from '../../../shared/lifecycle/warning-level';
import type { QueueRow, ReviewState } from '../../contract/workbench-contract';
import { reviewStateLabels } from '../../contract/workbench-contract';

const reviewColors: Record<ReviewState, string> = {
  waiting: 'default',
  'in-review': 'processing',
  'materials-requested': 'warning',
  'special-step': 'purple',
  approved: 'success',
  disapproved: 'error',
  'partially-approved': 'gold',
};

export function ReviewStateTag({ state }: { state: ReviewState }) {
  return <Tag color={reviewColors[state]}>{reviewStateLabels[state]}</Tag>;
}

/** The remaining working days of the department's share, coloured by warning level. */
export function RemainingTag({ row }: { row: QueueRow }) {
  if (row.remainingWorkingDays === null || row.level === null) return <span>—</span>;
  const color = row.level === 'red' ? 'red' : row.level === 'yellow' ? 'orange' : 'green';
  return (
    <Tag color={color} title={warningLevelShort[row.level]}>
      {remainingText(row.remainingWorkingDays)}
    </Tag>
  );
}
