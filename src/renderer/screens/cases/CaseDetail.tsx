import { Alert, Descriptions, Drawer, Spin, Table, Tag, Typography } from 'antd';
import { caseStateLabels } from '../../../shared/intake/case-types';
import { decisionLabels, refusalReasons, type RefusalReasonKind } from '../../../shared/intake/decision';
import { useCallQuery } from '../../data/use-call';
import { CaseMaterialsTable } from './CaseMaterialsTable';
import { CaseParties } from './CaseParties';
import { stateColors } from './case-colors';
import { formatTime } from './format-time';
import './cases.css';
import { PrintButtons } from '../../print';
import { InviteRatingButton } from '../ratings/InviteRatingButton';
import { itemDateProvisional } from '../../../shared/intake/provisional-date';
import { PromisedDate } from './PromisedDate';
import { CaseLifecyclePanel } from './lifecycle/CaseLifecyclePanel';
import { PrintedDocumentsCard } from './PrintedDocumentsCard';
import { CaseCorrections } from './corrections/CaseCorrections';

/** Everything recorded for one case, in a drawer over the list. */
export function CaseDetail({ caseNo, onClose }: { caseNo: string | null; onClose(): void }) {
  const found = useCallQuery('cases.get', { caseNo: caseNo ?? '' }, { enabled: caseNo !== null });
  const detail = caseNo ? (found.data ?? null) : null;
  const error = found.error?.message ?? null;

  const itemNames = new Map(detail?.items.map((item) => [item.code, item.name]));
  return (
    <Drawer open={caseNo !== null} onClose={onClose} size={960} title={`案件 ${caseNo ?? ''}`} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} />}
      {!detail && !error && <Spin className="page-spinner" />}
      {detail && (
        <div data-testid="case-detail">
          <PrintButtons caseNo={detail.caseNo} state={detail.state} decision={detail.decision} />
          <InviteRatingButton caseNo={detail.caseNo} />
          <CaseCorrections detail={detail} />
          <Descriptions
            size="small"
            bordered
            column={2}
            className="detail-block"
            items={[
              { key: 'no', label: '受理编号', children: <span data-testid="detail-case-no">{detail.caseNo}</span> },
              {
                key: 'state',
                label: '状态',
                children: (
                  <Tag color={stateColors[detail.state]} data-testid="detail-state">
                    {caseStateLabels[detail.state]}
                  </Tag>
                ),
              },
              { key: 'decision', label: '受理决定', children: decisionLabels[detail.decision] },
              { key: 'received', label: '收件时间', children: formatTime(detail.receivedAt) },
              { key: 'accepted', label: '受理日期', children: detail.acceptedOn ?? '—' },
              {
                key: 'promised',
                label: '承诺办结日期',
                children: (
                  <PromisedDate testId="case-promised-date" date={detail.promisedDate} provisional={detail.promisedDateProvisional} />
                ),
              },
              { key: 'clerk', label: '经办人', children: `${detail.clerk.name}（${detail.clerk.staffNo}）` },
              { key: 'hall', label: '大厅/窗口', children: `${detail.hall.name}（${detail.hall.code}）· ${detail.hall.deskNo} 号窗口` },
              ...(detail.decision === 'accept-deferred'
                ? [{ key: 'commitment', label: '容缺受理承诺书', children: detail.commitmentSigned ? '已签署' : '未签署' }]
                : []),
              ...(detail.note ? [{ key: 'note', label: '补充说明', children: detail.note, span: 2 }] : []),
            ]}
          />
          {detail.refusal && (
            <Alert
              type="error"
              className="detail-block"
              data-testid="detail-refusal"
              title={`不予受理理由：${refusalReasons[detail.refusal.kind as RefusalReasonKind] ?? detail.refusal.kind}`}
              description={
                <>
                  <div>{detail.refusal.text}</div>
                  {detail.refusal.referTo && <div>告知申请人向 {detail.refusal.referTo} 申请</div>}
                </>
              }
            />
          )}
          <CaseLifecyclePanel key={detail.caseNo} detail={detail} />
          <CaseParties detail={detail} />
          <Typography.Title level={5}>事项</Typography.Title>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={detail.items}
            className="detail-block"
            columns={[
              { title: '事项', dataIndex: 'name' },
              { title: '编码', dataIndex: 'code', width: 200 },
              { title: '实施机关', dataIndex: 'department' },
              { title: '承诺时限', width: 110, render: (_, i) => `${i.promisedDays} 个工作日` },
              {
                title: '承诺办结日期',
                width: 120,
                render: (_, i) => <PromisedDate date={i.promisedDate} provisional={itemDateProvisional(detail, i.promisedDate)} />,
              },
            ]}
          />
          <Typography.Title level={5}>申请材料</Typography.Title>
          <CaseMaterialsTable caseNo={detail.caseNo} materials={detail.materials} itemNames={itemNames} />
          <PrintedDocumentsCard caseNo={detail.caseNo} />
        </div>
      )}
    </Drawer>
  );
}
