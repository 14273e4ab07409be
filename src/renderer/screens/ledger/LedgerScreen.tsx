import { Alert, App, Button, Card, DatePicker, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatTime } from '../cases/format-time';
import { caseStateLabels } from '../../../shared/intake/case-types';
import { decisionLabels } from '../../../shared/intake/decision';
import { useCallMutation, useCallQuery } from '../../data/use-call';
import { stateColors } from '../cases/case-colors';
import { openLedgerPdf } from './ledger-pdf';

/** 日结: the signed-in clerk's day at the window, printable, with the shift hand-over note. */
export function LedgerScreen() {
  // null: the desk's today (the back end's clock decides, not this PC's).
  const [day, setDay] = useState<Dayjs | null>(null);
  const { message } = App.useApp();
  const dayText = day?.format('YYYY-MM-DD');
  const found = useCallQuery('ledger.get', { day: dayText }, { keepPrevious: true });
  const ledger = found.data ?? null;
  const error = found.error?.message ?? null;
  // The desk's today, asked without a day (the same answer as the first one shown).
  const deskToday = useCallQuery('ledger.get', {}).data?.day ?? null;
  // The note as typed, for the day it was typed on; another day shows that day's saved note.
  const [typed, setTyped] = useState<{ day: string; text: string } | null>(null);
  const note = ledger && typed?.day === ledger.day ? typed.text : (ledger?.note?.text ?? '');
  const setNote = (text: string) => ledger && setTyped({ day: ledger.day, text });
  const save = useCallMutation('ledger.saveHandover', ['handoverSaved']);
  const saveNote = () =>
    save.mutate(
      { text: note },
      {
        onSuccess: () => void message.success('交接说明已保存，下一位登录本窗口的人员会看到'),
        onError: (caught) => void message.error(caught.message),
      },
    );
  const print = () => openLedgerPdf(ledger?.day ?? dayText).catch((caught: Error) => void message.error(caught.message));
  const total = ledger?.byDecision.reduce((sum, d) => sum + d.count, 0) ?? 0;
  const today = ledger !== null && ledger.day === deskToday;

  return (
    <Card
      title="日结"
      data-testid="ledger-screen"
      extra={
        <Space>
          <DatePicker
            allowClear={false}
            value={ledger ? dayjs(ledger.day) : null}
            onChange={(d) => d && setDay(d)}
            data-testid="ledger-day"
          />
          <Button type="primary" onClick={() => void print()} data-testid="ledger-print">
            打印日结单
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      {ledger && (
        <>
          <Descriptions
            size="small"
            bordered
            column={4}
            className="detail-block"
            items={[
              { key: 'clerk', label: '经办人', children: `${ledger.clerk.name}（${ledger.clerk.staffNo}）` },
              { key: 'total', label: '登记', children: <span data-testid="ledger-total">{total} 件</span> },
              ...ledger.byDecision.map((d) => ({ key: d.decision, label: decisionLabels[d.decision], children: `${d.count} 件` })),
              { key: 'voided', label: '已作废', children: <span data-testid="ledger-voided">{ledger.voided} 件</span> },
              { key: 'docs', label: '打印文书', children: `${ledger.documents.reduce((s, d) => s + d.originals + d.reprints, 0)} 份` },
              { key: 'out', label: '出件', children: <span data-testid="ledger-handed-out">{ledger.handedOut.length} 件</span> },
            ]}
          />
          <Table
            size="small"
            rowKey="caseNo"
            className="detail-block"
            pagination={false}
            dataSource={ledger.cases}
            data-testid="ledger-cases"
            columns={[
              { title: '受理编号', dataIndex: 'caseNo', width: 180 },
              { title: '时间', width: 70, render: (_, c) => formatTime(c.receivedAt).slice(11) },
              { title: '申请人', dataIndex: 'applicantName', ellipsis: true },
              { title: '事项', dataIndex: 'itemNames', ellipsis: true },
              { title: '决定', width: 140, render: (_, c) => decisionLabels[c.decision] },
              { title: '状态', width: 90, render: (_, c) => <Tag color={stateColors[c.state]}>{caseStateLabels[c.state]}</Tag> },
            ]}
          />
          {ledger.documents.length > 0 && (
            <Typography.Paragraph>
              打印文书：
              {ledger.documents.map((d) => `${d.title} ${d.originals} 份${d.reprints ? `（补打 ${d.reprints} 份）` : ''}`).join('；')}
            </Typography.Paragraph>
          )}
          <Typography.Title level={5}>交接说明</Typography.Title>
          {ledger.note && <Typography.Text type="secondary">已保存于 {formatTime(ledger.note.savedAt)}</Typography.Text>}
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            value={note}
            disabled={!today}
            onChange={(e) => setNote(e.target.value)}
            data-testid="ledger-note"
          />
          {today && (
            <Button className="detail-block" loading={save.isPending} onClick={saveNote} data-testid="ledger-note-save">
              保存交接说明
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
