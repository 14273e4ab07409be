import { Badge, Button, Card, Empty, Typography } from 'antd';
import { caseStateLabels } from '../../../shared/intake/case-types';
import { useCallMutation, useCallQuery } from '../../data/use-call';
import { formatTime } from '../cases/format-time';

/** 自上次查看以来的变化: what others (and the centre) did to the user's cases; 已读 moves the marker. */
export function ChangedCases({ onOpen }: { onOpen(caseNo: string): void }) {
  const { data } = useCallQuery('lifecycle.changes', {});
  const rows = data?.rows ?? [];
  const markSeen = useCallMutation('lifecycle.markSeen', ['changesSeen']);

  return (
    <Card
      size="small"
      className="detail-block"
      data-testid="changed-cases"
      title={
        <span>
          自上次查看以来有变化的案件 <Badge count={rows.length} showZero color={rows.length ? 'red' : 'gray'} data-testid="changed-count" />
        </span>
      }
      extra={
        <Button
          size="small"
          disabled={rows.length === 0 || !data}
          loading={markSeen.isPending}
          onClick={() => data && markSeen.mutate({ upToSeq: data.latestSeq })}
          data-testid="changed-mark-seen"
        >
          全部标为已读
        </Button>
      }
    >
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有新的变化" />
      ) : (
        <ul className="lifecycle-history">
          {rows.map((r) => (
            <li key={r.caseNo} data-testid={`changed-${r.caseNo}`}>
              <Typography.Link onClick={() => onOpen(r.caseNo)}>{r.caseNo}</Typography.Link> {r.applicantName} · {caseStateLabels[r.state]}{' '}
              · <span className="small-text">{formatTime(r.at)}</span>
              <div className="small-text">{r.summaries.join('；')}</div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
