import { Button, Space, Table, Tag, Typography } from 'antd';
import { followUpStatusLabels, type FollowUp } from '../../../shared/ratings/follow-up-schemas';
import { ratingLevelLabels, ratingStageLabels } from '../../../shared/ratings/rating-levels';
import { followUpOutcomeLabels } from '../../../shared/ratings/follow-up-schemas';

export type FollowUpAction = 'callback' | 'close' | 'assign';

export interface FollowUpTableProps {
  rows: FollowUp[];
  loading?: boolean;
  /** The signed-in user's 工号: only the responsible person records call-backs and closes. */
  staffNo?: string;
  canAssign?: boolean;
  onAction?(action: FollowUpAction, followUp: FollowUp): void;
}

function Due({ row }: { row: FollowUp }) {
  if (row.status === 'closed') return <span>{row.dueDate ?? '—'}</span>;
  if (!row.dueDate) return <Tag color="warning">日历缺失，无法计算期限</Tag>;
  return (
    <Space size={0} orientation="vertical">
      <span>{row.dueDate}</span>
      {row.overdueDays > 0 && (
        <Tag color="red" data-testid="follow-up-overdue">
          超期 {row.overdueDays} 个工作日
        </Tag>
      )}
    </Space>
  );
}

/** 差评整改台账: one line per 差评, with its deadline, call-backs and outcome. */
export function FollowUpTable({ rows, loading, staffNo, canAssign, onAction }: FollowUpTableProps) {
  return (
    <Table<FollowUp>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="follow-up-table"
      columns={[
        { title: '受理编号', dataIndex: 'caseNo', width: 170, render: (no: string) => <span data-testid="follow-up-case-no">{no}</span> },
        {
          title: '评价',
          width: 120,
          render: (_, r) => (
            <Tag color="red">
              {ratingStageLabels[r.stage]}：{ratingLevelLabels[r.level]}
            </Tag>
          ),
        },
        // The comment takes what is left of a 1366 px screen; the other columns wrap instead of widening.
        { title: '申请人意见', dataIndex: 'comment', ellipsis: true, render: (c: string | null) => c ?? '—' },
        {
          title: '申请人',
          width: 120,
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              <span>{r.applicantName}</span>
              <Typography.Text type="secondary">{r.applicantPhone}</Typography.Text>
            </Space>
          ),
        },
        { title: '被评人员', width: 80, render: (_, r) => r.clerk.name },
        {
          title: '责任人',
          width: 110,
          render: (_, r) => <span data-testid="follow-up-responsible">{`${r.responsible.name}（${r.responsible.staffNo}）`}</span>,
        },
        { title: '整改期限', width: 150, render: (_, r) => <Due row={r} /> },
        {
          title: '状态',
          width: 100,
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              <Tag color={r.status === 'closed' ? 'green' : 'orange'} data-testid="follow-up-status">
                {followUpStatusLabels[r.status]}
              </Tag>
              {r.callbacks.length > 0 && <Typography.Text type="secondary">回访 {r.callbacks.length} 次</Typography.Text>}
              {r.outcome && <Typography.Text type="secondary">{followUpOutcomeLabels[r.outcome]}</Typography.Text>}
            </Space>
          ),
        },
        ...(onAction
          ? [
              {
                title: '操作',
                width: 110,
                render: (_: unknown, r: FollowUp) =>
                  r.status === 'closed' ? null : (
                    <Space size={4} wrap>
                      {r.responsible.staffNo === staffNo && (
                        <>
                          <Button size="small" onClick={() => onAction('callback', r)} data-testid="follow-up-callback">
                            登记回访
                          </Button>
                          <Button
                            size="small"
                            type="primary"
                            disabled={r.callbacks.length === 0}
                            onClick={() => onAction('close', r)}
                            data-testid="follow-up-close"
                          >
                            办结
                          </Button>
                        </>
                      )}
                      {canAssign && (
                        <Button size="small" onClick={() => onAction('assign', r)} data-testid="follow-up-assign">
                          指定责任人
                        </Button>
                      )}
                    </Space>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
