import { Alert, Button, Card, DatePicker, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { auditActionLabel, auditActionOptions } from '../../shared/audit/audit-labels';
import { auditSentence } from '../../shared/audit/audit-sentence';
import type { AuditEntry } from '../../shared/contract/audit-endpoints';
import { call } from '../api/client';
import { useCallQuery } from '../data/use-call';
import { formatTime } from './cases/format-time';

const pageSize = 50;

/** 审计日志 as a 科长 reads it: hall time, Chinese action names, sentences; by person, action and day. */
export function AuditScreen() {
  const [page, setPage] = useState(1);
  const [staffNo, setStaffNo] = useState<string | undefined>();
  const [action, setAction] = useState<string | undefined>();
  const [day, setDay] = useState<Dayjs | null>(null);
  const [verdict, setVerdict] = useState<string | null>(null);
  const found = useCallQuery('audit.list', { page, pageSize, staffNo, action, day: day?.format('YYYY-MM-DD') }, { keepPrevious: true });
  const rows = found.data?.rows ?? [];
  const total = found.data?.total ?? 0;
  const people = found.data?.people ?? [];
  const error = found.error?.message ?? null;

  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  async function verify() {
    const result = await call('audit.verify', {});
    setVerdict(result.ok ? `审计链完整，已校验 ${result.checked} 条记录` : `审计链在第 ${result.brokenAtSeq} 条记录处被篡改`);
  }

  return (
    <Card title="审计日志" extra={<Button onClick={() => void verify()}>校验完整性</Button>} data-testid="audit-screen">
      <Space orientation="vertical" className="full-width">
        <Space wrap>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部人员"
            style={{ width: 200 }}
            value={staffNo}
            onChange={filter(setStaffNo)}
            options={people.map((p) => ({ value: p.staffNo, label: `${p.name}（${p.staffNo}）` }))}
            data-testid="audit-person-filter"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部操作"
            style={{ width: 200 }}
            value={action}
            onChange={filter(setAction)}
            options={auditActionOptions}
            data-testid="audit-action-filter"
          />
          <DatePicker placeholder="全部日期" value={day} onChange={filter(setDay)} data-testid="audit-day-filter" />
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {verdict && <Alert type={verdict.startsWith('审计链完整') ? 'success' : 'error'} title={verdict} showIcon />}
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          dataSource={rows}
          data-testid="audit-table"
          pagination={{ current: page, total, pageSize, onChange: setPage, showTotal: (n) => `共 ${n} 条`, showSizeChanger: false }}
          columns={[
            { title: '序号', dataIndex: 'seq', width: 70 },
            { title: '时间', width: 160, render: (_, r) => <span data-testid="audit-time">{formatTime(r.at, true)}</span> },
            { title: '人员', width: 150, render: (_, r) => (r.actorStaffNo ? `${r.actorName ?? ''}（${r.actorStaffNo}）` : '系统') },
            { title: '操作', width: 130, render: (_, r) => <span data-testid="audit-action">{auditActionLabel(r.action)}</span> },
            { title: '详情', render: (_, r) => <span data-testid="audit-sentence">{auditSentence(r)}</span> },
          ]}
        />
      </Space>
    </Card>
  );
}
