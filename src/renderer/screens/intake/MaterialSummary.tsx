import { Alert, Button } from 'antd';
import type { MaterialAssessment } from '../../../shared/intake/material-check';

interface Props {
  assessment: MaterialAssessment;
  onFillAll(): void;
}

/** The line a clerk reads before deciding: what is still missing, and whether it may come later. */
export function MaterialSummary({ assessment, onFillAll }: Props) {
  const { missing, missingDeferrable } = assessment;
  const complete = missing.length === 0;
  const title = complete
    ? '材料已收齐'
    : `缺 ${missing.length} 项（其中可容缺 ${missingDeferrable.length} 项）：${missing.map((line) => line.spec.name).join('、')}`;
  return (
    <Alert
      type={complete ? 'success' : missing.length === missingDeferrable.length ? 'warning' : 'error'}
      showIcon
      title={title}
      className="intake-gap"
      data-testid="material-summary"
      action={
        <Button size="small" onClick={onFillAll} data-testid="fill-all">
          全部收齐 (F7)
        </Button>
      }
    />
  );
}
