import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ratingLevelLabels, ratingStageLabels, type RatingStage } from '../../../shared/ratings/rating-levels';
import { call } from '../../api/client';
import { callKey } from '../../data/query-keys';
import { useInvalidate } from '../../data/use-call';
import { openRatingScreen } from './open-rating-screen';

const pollMs = 2000;

/**
 * 好差评 on the case page: the ratings given, and the button that puts this case on the rating
 * screen facing the applicant (after 受理, and after 出件); while the applicant has it, the
 * state is followed until they answer.
 */
export function InviteRatingButton({ caseNo }: { caseNo: string }) {
  // A case change (出件) invalidates this too (query-keys.ts): the stages one may invite for follow.
  const found = useQuery({
    queryKey: callKey('ratings.forCase', { caseNo }),
    queryFn: () => call('ratings.forCase', { caseNo }),
    // Followed while the applicant has the rating screen, until they answer.
    refetchInterval: (query) => (query.state.data?.invitations.some((i) => i.live) ? pollMs : false),
  });
  const ratings = found.data ?? null;
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? found.error?.message ?? null;
  const [busy, setBusy] = useState(false);
  const invalidate = useInvalidate();
  const live = ratings?.invitations.find((i) => i.live) ?? null;

  async function act(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      await invalidate('ratingInvitation');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  // Only this desk learns the invitation's token: it hands it to the rating screen in its address.
  const invite = (stage: RatingStage) => act(async () => openRatingScreen(await call('ratings.invite', { caseNo, stage })));
  return (
    <div className="detail-block" data-testid="case-ratings">
      <Space wrap>
        <Typography.Text strong>好差评：</Typography.Text>
        {ratings?.ratings.length === 0 && !live && <Typography.Text type="secondary">尚无评价</Typography.Text>}
        {ratings?.ratings.map((r) => (
          <Tag key={r.id} color={r.bad ? 'red' : 'green'} data-testid={`case-rating-${r.stage}`}>
            {ratingStageLabels[r.stage]}：{ratingLevelLabels[r.level]}
            {r.followUpId !== null ? '（差评整改中）' : ''}
          </Tag>
        ))}
        {live && (
          <>
            <Tag color="processing" data-testid="rating-waiting">
              等待申请人在评价屏上评价（{ratingStageLabels[live.stage]}）
            </Tag>
            <Button
              size="small"
              disabled={busy}
              onClick={() => void act(() => call('ratings.cancelInvitation', { invitationId: live.id }))}
            >
              撤销邀请
            </Button>
          </>
        )}
        {!live &&
          ratings?.invitableStages.map((stage) => (
            <Button
              key={stage}
              size="small"
              type="primary"
              ghost
              loading={busy}
              onClick={() => void invite(stage)}
              data-testid={`invite-rating-${stage}`}
            >
              邀请评价（{ratingStageLabels[stage]}）
            </Button>
          ))}
        <Button size="small" type="link" onClick={() => openRatingScreen()} data-testid="open-rating-screen">
          打开评价屏
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
    </div>
  );
}
