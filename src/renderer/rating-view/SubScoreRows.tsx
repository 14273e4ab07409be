import { subScoreKeys, subScoreLabels } from '../../shared/ratings/rating-levels';
import type { SubScores } from '../../shared/ratings/rating-schemas';

/** 服务态度, 办事效率, 业务水平, 窗口环境: 1 to 5 each, all optional; a second tap clears. */
export function SubScoreRows({ scores, onChange }: { scores: SubScores; onChange(next: SubScores): void }) {
  return (
    <div className="rating-scores">
      {subScoreKeys.map((key) => (
        <div key={key} className="rating-score-row">
          <span className="rating-score-label">{subScoreLabels[key]}</span>
          {[1, 2, 3, 4, 5].map((value) => (
            <button
              key={value}
              type="button"
              className={`rating-score${scores[key] !== undefined && value <= scores[key] ? ' on' : ''}`}
              aria-label={`${subScoreLabels[key]} ${value} 分`}
              data-testid={`rating-score-${key}-${value}`}
              onClick={() => onChange({ ...scores, [key]: scores[key] === value ? undefined : value })}
            >
              ★
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
