import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../shared/contract/api';
import { mayCall } from '../../shared/contract/endpoint';
import { roleLabels } from '../../shared/contract/roles';
import { useCallQuery } from '../data/use-call';
import { intakeShortcuts } from '../keyboard/use-hotkey';
import { useNav } from '../stores/nav-store';
import { useSession } from '../stores/session-store';
import { CaseDetail } from './cases/CaseDetail';
import { HomeFigures } from './home/HomeFigures';
import { HomeLists } from './home/HomeLists';
import './home/home.css';

/** 工作台: the clerk's day at a glance (home.overview) and the ways into the work. */
export function HomeScreen() {
  const status = useSession((s) => s.status);
  const { go, focusItemSearch } = useNav();
  const found = useCallQuery('home.overview', {});
  const overview = found.data ?? null;
  const error = found.error?.message ?? null;
  const [open, setOpen] = useState<string | null>(null);

  if (!status?.user || !status.hall) return null;
  const role = status.user.role;
  return (
    <Card
      data-testid="home"
      title={`工作台 · ${status.user.name}（${roleLabels[role]}）`}
      extra={
        <Typography.Text type="secondary">
          {status.hall.name} · {status.hall.deskNo} 号窗口{overview ? ` · 今天 ${overview.today}` : ''}
        </Typography.Text>
      }
    >
      <Space wrap className="home-shortcuts" data-testid="home-shortcuts">
        {mayCall(api['cases.register'].access, role) && (
          <Button type="primary" onClick={focusItemSearch} data-testid="home-new-case">
            新的受理 (F2)
          </Button>
        )}
        {mayCall(api['cases.search'].access, role) && <Button onClick={() => go('cases')}>案件查询</Button>}
        {mayCall(api['supervision.myCases'].access, role) && <Button onClick={() => go('my-cases')}>我的案件</Button>}
        <Typography.Text type="secondary" className="shortcut-hint">
          {intakeShortcuts.map(([key, what]) => (
            <span key={key}>
              <kbd>{key}</kbd> {what}
            </span>
          ))}
        </Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      {!overview && !error && <Spin className="page-spinner" />}
      {overview && (
        <>
          <HomeFigures overview={overview} />
          <HomeLists overview={overview} onOpen={setOpen} />
        </>
      )}
      <CaseDetail caseNo={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
