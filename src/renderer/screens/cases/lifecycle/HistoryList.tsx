import { Tag, Typography } from 'antd';
import type { CaseLifecycle } from '../../../../shared/lifecycle/lifecycle-view';
import { formatTime } from '../format-time';

/** The case's history after intake, newest first: who (or which department) did what. */
export function HistoryList({ lifecycle }: { lifecycle: CaseLifecycle }) {
  if (lifecycle.history.length === 0 && lifecycle.handovers.length === 0) return null;
  return (
    <div className="detail-block">
      <Typography.Title level={5}>办理记录</Typography.Title>
      <ul className="lifecycle-history" data-testid="lifecycle-history">
        {lifecycle.history.map((h) => (
          <li key={h.seq}>
            <span className="small-text">{formatTime(h.at)}</span> {h.source === 'centre' && <Tag color="purple">中心</Tag>}
            {h.source === 'desk' && h.actor && <strong>{h.actor}：</strong>}
            {h.summary}
          </li>
        ))}
      </ul>
    </div>
  );
}
