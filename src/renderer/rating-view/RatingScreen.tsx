import { Alert, Button, Input, Result } from 'antd';
import { useEffect, useState } from 'react';
import { ratingLevelLabels, ratingLevels, ratingStageLabels, isBadRating, type RatingLevel } from '../../shared/ratings/rating-levels';
import type { RatingPrompt, SubScores } from '../../shared/ratings/rating-schemas';
import { call } from '../api/client';
import { SubScoreRows } from './SubScoreRows';
import { useRatingPrompt } from './use-rating-prompt';

/** How long the thanks stay before the screen waits for the next applicant. */
const thanksMs = 6000;

function Waiting({ error }: { error: string | null }) {
  return (
    <div className="rating-idle" data-testid="rating-idle">
      <h1>欢迎对我们的服务进行评价</h1>
      <p>办理完成后，工作人员将邀请您在此屏幕上评价</p>
      {error && <Alert type="warning" showIcon title={error} />}
    </div>
  );
}

function RatingForm({ prompt, onDone }: { prompt: RatingPrompt; onDone(): void }) {
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [scores, setScores] = useState<SubScores>({});
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (!level) return;
    setBusy(true);
    setError(null);
    try {
      await call('ratings.submit', { invitationId: prompt.invitationId, token: prompt.token, level, scores, comment });
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="rating-form" data-testid="rating-form">
      <h1>请对本次{ratingStageLabels[prompt.stage]}服务进行评价</h1>
      <div className="rating-case">
        <div data-testid="rating-items">办理事项：{prompt.items.join('、')}</div>
        <div data-testid="rating-clerk">
          窗口工作人员：{prompt.clerk.name}（工号 {prompt.clerk.staffNo}）· {prompt.deskNo} 号窗口
        </div>
      </div>
      <div className="rating-levels">
        {ratingLevels.map((value) => (
          <button
            key={value}
            type="button"
            className={`rating-level rating-level-${value}${level === value ? ' selected' : ''}`}
            onClick={() => setLevel(value)}
            data-testid={`rating-level-${value}`}
            aria-pressed={level === value}
          >
            {ratingLevelLabels[value]}
          </button>
        ))}
      </div>
      {level && (
        <div className="rating-details">
          <SubScoreRows scores={scores} onChange={setScores} />
          <Input.TextArea
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            maxLength={200}
            showCount
            rows={3}
            placeholder={isBadRating(level) ? '请告诉我们哪里做得不好（选填），我们将在规定时间内回访并整改' : '意见或建议（选填）'}
            data-testid="rating-comment"
          />
          {error && <Alert type="error" showIcon title={error} />}
          <Button type="primary" size="large" block loading={busy} onClick={() => void submit()} data-testid="rating-submit">
            提交评价
          </Button>
        </div>
      )}
    </div>
  );
}

/** The whole screen: waiting, the invited case's rating form, or the thanks. */
export function RatingScreen() {
  const [thanked, setThanked] = useState(false);
  const { prompt, error, refresh } = useRatingPrompt(thanked);

  useEffect(() => {
    if (!thanked) return;
    const timer = window.setTimeout(() => setThanked(false), thanksMs);
    return () => window.clearTimeout(timer);
  }, [thanked]);

  if (thanked) {
    return (
      <Result
        status="success"
        title="感谢您的评价！"
        subTitle="您的意见是我们改进服务的动力"
        className="rating-thanks"
        data-testid="rating-thanks"
      />
    );
  }
  if (!prompt) return <Waiting error={error} />;
  return (
    <RatingForm
      key={prompt.invitationId}
      prompt={prompt}
      onDone={() => {
        setThanked(true);
        void refresh();
      }}
    />
  );
}
