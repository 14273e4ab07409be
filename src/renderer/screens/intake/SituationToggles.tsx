import { Switch, Typography } from 'antd';
import type { Situation } from '../../../shared/intake/situations';

interface Props {
  situations: Situation[];
  applies(condition: string): boolean;
  onAnswer(condition: string, yes: boolean): void;
}

/**
 * The 情形 asked once, above the materials: each yes/no decides every 情形必须 line naming it
 * (否 ⇒ 不适用). Tab reaches each switch and Space flips it.
 */
export function SituationToggles({ situations, applies, onAnswer }: Props) {
  if (situations.length === 0) return null;
  return (
    <div className="situations" data-testid="situations">
      <Typography.Text type="secondary">申请情形：</Typography.Text>
      {situations.map((s) => (
        <label key={s.condition} className="situation">
          <Switch
            size="small"
            checked={applies(s.condition)}
            onChange={(yes) => onAnswer(s.condition, yes)}
            checkedChildren="是"
            unCheckedChildren="否"
            aria-label={s.question}
            data-testid="situation"
            data-condition={s.condition}
          />
          <span>{s.question}</span>
        </label>
      ))}
    </div>
  );
}
