import { Tag, Tooltip } from 'antd';

/** A promised date, marked 暂定 while it was counted over a year the calendar does not cover. */
export function PromisedDate({ date, provisional, testId }: { date: string | null; provisional: boolean; testId?: string }) {
  return (
    <span data-testid={testId}>
      {date ?? '—'}
      {date && provisional && (
        <Tooltip title="当年节假日安排尚未导入，按每个周一至周五为工作日暂定；正式安排导入后只会提前、不会推后">
          <Tag color="orange" className="provisional-tag" data-testid="provisional-tag">
            暂定
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}
