import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Image, Space, Table, Tag, Timeline, Typography } from 'antd';
import { caseStateLabels } from '../../../shared/intake/case-types';
import type { CaseState } from '../../../shared/intake/case-types';
import { formatHallTime } from '../../../shared/time/hall-time';
import type { QueueRow, SubtaskPage } from '../../contract/workbench-contract';
import { subtaskRoute } from '../../contract/workbench-contract';
import { callCentre } from '../centre-api';
import { goToScreen } from '../shell/use-hash-route';
import { ActionButtons } from './ActionButtons';
import { queuePath, selectedSubtask } from './selected-subtask';
import { RemainingTag, ReviewStateTag } from './subtask-tags';

const caseStateLabel = (state: string) => (state in caseStateLabels ? caseStateLabels[state as CaseState] : state);

/** 子任务详情: the case, the departments working it in parallel, this item's materials and pages, the window's note, the history, the actions. */
export function SubtaskScreen() {
  const key = selectedSubtask();
  const page = useQuery({
    queryKey: ['work-subtask', key],
    queryFn: () => callCentre(subtaskRoute, key!),
    enabled: key !== null,
  });
  if (key === null) return <Empty description="请先在审批队列中打开一个子任务" />;
  if (page.isError) return <Alert type="error" showIcon message={page.error.message} />;
  if (page.data === undefined) return null;
  const { subtask } = page.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space>
        <Button onClick={() => goToScreen(queuePath)}>返回审批队列</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {subtask.caseNo} · {subtask.itemName}
        </Typography.Title>
        <ReviewStateTag state={subtask.reviewState} />
        <RemainingTag row={subtask} />
      </Space>
      <ActionButtons page={page.data} />
      <CaseCard page={page.data} />
      <Card size="small" title="各部门办理情况（并联审批）">
        <Table<QueueRow>
          size="small"
          pagination={false}
          rowKey="position"
          dataSource={page.data.siblings}
          columns={[
            { title: '部门', dataIndex: 'department' },
            { title: '事项', dataIndex: 'itemName' },
            {
              title: '审查',
              dataIndex: 'reviewState',
              render: (s: QueueRow['reviewState'], r) => (
                <Space>
                  <ReviewStateTag state={s} />
                  {r.reviewState === 'disapproved' && r.position !== subtask.position ? <Tag color="red">该部门已不予</Tag> : null}
                </Space>
              ),
            },
            { title: '决定日期', dataIndex: 'decidedOn', render: (d: string | null) => d ?? '—' },
            { title: '到期日', dataIndex: 'dueDate', render: (d: string | null) => d ?? '—' },
          ]}
        />
      </Card>
      <MaterialsCard page={page.data} />
      <Card size="small" title="办理记录">
        <Timeline
          items={page.data.history.map((h) => ({
            color: h.source === 'centre' ? 'blue' : 'gray',
            children: `${formatHallTime(h.at)}  ${h.actor === null ? '窗口' : h.actor}：${h.summary}`,
          }))}
        />
      </Card>
    </Space>
  );
}

function CaseCard({ page }: { page: SubtaskPage }) {
  const { subtask } = page;
  return (
    <Card size="small" title="案件">
      <Descriptions size="small" column={3}>
        <Descriptions.Item label="申请人">{page.applicant.name}</Descriptions.Item>
        <Descriptions.Item label="证件号码">{page.applicant.idNumber}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{page.applicant.phone}</Descriptions.Item>
        <Descriptions.Item label="大厅 / 窗口">
          {subtask.hallCode} / {page.deskNo}
        </Descriptions.Item>
        <Descriptions.Item label="受理日期">{subtask.acceptedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="案件状态">{caseStateLabel(subtask.caseState)}</Descriptions.Item>
        <Descriptions.Item label="承诺时限">{subtask.promisedDays} 个工作日</Descriptions.Item>
        <Descriptions.Item label="本部门到期日">{subtask.dueDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="特殊环节">{page.runningSpecialStep ?? '—'}</Descriptions.Item>
        {page.resultFileSha256 === null ? null : (
          <Descriptions.Item label="结果文件" span={3}>
            <a href={`/v1/pages/${page.resultFileSha256}`} target="_blank" rel="noreferrer" data-testid="result-file-link">
              查看结果文件（SHA-256 {page.resultFileSha256.slice(0, 12)}…）
            </a>
          </Descriptions.Item>
        )}
        <Descriptions.Item label="窗口备注" span={3}>
          {page.note ?? '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** This item's material lines; each electronic page as a thumbnail (click to view large), served by /v1/pages. */
function MaterialsCard({ page }: { page: SubtaskPage }) {
  return (
    <Card size="small" title="材料">
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={page.materials}
        columns={[
          { title: '材料', dataIndex: 'name', width: 260 },
          {
            title: '收取',
            key: 'received',
            width: 150,
            render: (_, m) => `原件 ${m.receivedOriginals}/${m.originals} 复印件 ${m.receivedCopies}/${m.copies}`,
          },
          {
            title: '电子页面',
            key: 'pages',
            render: (_, m) =>
              m.pages.length === 0 ? (
                '—'
              ) : (
                <Image.PreviewGroup>
                  <Space wrap size={4}>
                    {m.pages.map((p) =>
                      p.mime === 'application/pdf' ? (
                        <a key={p.pageId} href={`/v1/pages/${p.sha256}`} target="_blank" rel="noreferrer">
                          PDF 第 {p.order + 1} 页
                        </a>
                      ) : (
                        <Image
                          key={p.pageId}
                          width={56}
                          height={72}
                          style={{ objectFit: 'cover' }}
                          src={`/v1/pages/${p.sha256}`}
                          alt={`第 ${p.order + 1} 页`}
                        />
                      ),
                    )}
                  </Space>
                </Image.PreviewGroup>
              ),
          },
        ]}
      />
    </Card>
  );
}
