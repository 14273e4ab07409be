import { Alert, Typography } from 'antd';
import { useCallQuery } from '../../data/use-call';
import { FollowUpTable } from './FollowUpTable';

/**
 * For the supervisor board (督办): 差评 follow-ups past their deadline and not yet closed, from
 * `ratings.overdueFollowUps`. Read-only here (the board's card gives the title); they are worked
 * on the 好差评 page.
 */
export function FollowUpBoardSection() {
  const { data: rows, error: failed } = useCallQuery('ratings.overdueFollowUps', {});
  const error = failed?.message ?? null;
  return (
    <div data-testid="board-overdue-follow-ups">
      {error && <Alert type="error" showIcon title={error} />}
      {rows?.length === 0 ? (
        <Typography.Text type="secondary">没有超期的差评整改</Typography.Text>
      ) : (
        <FollowUpTable rows={rows ?? []} loading={rows === null && !error} />
      )}
    </div>
  );
}
