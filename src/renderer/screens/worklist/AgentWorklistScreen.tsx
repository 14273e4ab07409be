import { Alert, Card, Typography } from 'antd';
import { useState } from 'react';
import { CaseDetail } from '../cases/CaseDetail';
import { CaseClockTable } from './CaseClockTable';
import { ChangedCases } from './ChangedCases';
import { useClockList } from './use-clock-list';

/** 代办工作台: the cases assigned to this proxy agent, each with what is next and what is missing. */
export function AgentWorklistScreen() {
  const [open, setOpen] = useState<string | null>(null);
  const { rows, error, loading } = useClockList('agents.worklist');
  return (
    <Card title="代办工作台" data-testid="agent-worklist-screen">
      <Typography.Paragraph type="secondary" className="small-text">
        帮办代办为免费服务，申请人仍为法定申请人；只能办理指派给您的案件。
      </Typography.Paragraph>
      <ChangedCases onOpen={setOpen} />
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <CaseClockTable
        rows={rows}
        loading={loading}
        extra={['clerk', 'nextStep', 'missing']}
        onOpen={setOpen}
        testId="agent-worklist-table"
      />
      <CaseDetail caseNo={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
