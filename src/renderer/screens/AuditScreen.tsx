import { Alert, Button, Card, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../shared/contract/audit-endpoints';
import { call } from '../api/client';
import { formatTime } from './cases/format-time';

export function AuditScreen() {
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [verdict, setVerdict] = useState<string | null>(null);

  useEffect(() => {
    void call('audit.list', { page, pageSize: 50 }).then((result) => {
      setRows(result.rows);
      setTotal(result.total);
    });
  }, [page]);

  async function verify() {
    const result = await call('audit.verify', {});
    setVerdict(result.ok ? `审计链完整，已校验 ${result.checked} 条记录` : `审计链在第 ${result.brokenAtSeq} 条记录处被篡改`);
  }

  return (
    <Card title="审计日志" extra={<Button onClick={() => void verify()}>校验完整性</Button>}>
      <Space orientation="vertical" className="full-width">
        {verdict && <Alert type={verdict.startsWith('审计链完整') ? 'success' : 'error'} title={verdict} showIcon />}
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          dataSource={rows}
          pagination={{ current: page, total, pageSize: 50, onChange: setPage, showTotal: (n) => `共 ${n} 条` }}
          columns={[
            { title: '序号', dataIndex: 'seq', width: 80 },
            { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => formatTime(at, true) },
            { title: '工号', dataIndex: 'actorStaffNo', width: 120 },
            { title: '操作', dataIndex: 'action', width: 180 },
            { title: '对象', render: (_, r) => (r.entity ? `${r.entity} ${r.entityId ?? ''}` : '') },
            { title: '详情', dataIndex: 'detail' },
          ]}
        />
      </Space>
    </Card>
  );
}
