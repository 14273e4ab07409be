import { Alert, Card, Typography } from 'antd';
import { useState } from 'react';
import { CaseDetail } from '../cases/CaseDetail';
import { CaseClockTable } from './CaseClockTable';
import { ChangedCases } from './ChangedCases';
import { useClockList } from './use-clock-list';

/** 我的案件: the clerk's own open cases, red and yellow first, and what changed since last time. */
export function MyCasesScreen() {
  const [open, setOpen] = useState<string | null>(null);
  const { rows, today, yellowDays, error, loading } = useClockList('supervision.myCases');
  return (
    <Card title="我的案件" data-testid="my-cases-screen">
      <ChangedCases onOpen={setOpen} />
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Typography.Paragraph type="secondary" className="small-text">
        今天 {today}；剩余不超过 {yellowDays}{' '}
        个工作日为黄色预警，超过承诺办结日期为红色预警（均按工作日计算，补正和不计时的特殊环节不计入）。
      </Typography.Paragraph>
      <CaseClockTable rows={rows} loading={loading} extra={['departments', 'agent', 'nextStep']} onOpen={setOpen} testId="my-cases-table" />
      <CaseDetail caseNo={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
