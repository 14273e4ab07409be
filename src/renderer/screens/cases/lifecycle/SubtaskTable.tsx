import { Button, Space, Table, Tag, Tooltip } from 'antd';
import { outcomeLabels, subtaskStateLabels, type SubtaskState } from '../../../../shared/lifecycle/subtask-states';
import type { CaseLifecycle, SubtaskView } from '../../../../shared/lifecycle/lifecycle-view';
import { LevelTag, remainingLabel } from './clock-display';

const stateColors: Record<SubtaskState, string> = { pending: 'default', 'in-progress': 'blue', suspended: 'orange', done: 'green' };

/** A refusal stands out to the other departments' clerks; a 补正 the department asked for shows as 待补正. */
function tagColor(t: SubtaskView): string {
  if (t.awaitingMaterials) return 'gold';
  if (t.outcome === 'disapproved') return 'red';
  return stateColors[t.state];
}

interface Props {
  lifecycle: CaseLifecycle;
  onStart(position: number): void;
  onDecide(position: number): void;
  onStep(position: number, stepName: string, action: 'start' | 'end'): void;
  /** 查看结果文件: the department sent one (its hash came with the decision). */
  onOpenResultFile(subtask: SubtaskView): void;
}

/** 联审联办: one row per department's sub-task, with its own due date and progress. */
export function SubtaskTable({ lifecycle, onStart, onDecide, onStep, onOpenResultFile }: Props) {
  const can = (action: CaseLifecycle['actions'][number]) => lifecycle.actions.includes(action);
  return (
    <Table<SubtaskView>
      size="small"
      rowKey="position"
      pagination={false}
      dataSource={lifecycle.subtasks}
      className="detail-block"
      data-testid="subtasks"
      onRow={(t) => ({ 'data-testid': `subtask-${t.position}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: '部门',
          render: (_, t) => (
            <>
              <div>{t.department}</div>
              <span className="small-text">{t.itemName}</span>
            </>
          ),
        },
        {
          title: '进度',
          width: 200,
          render: (_, t) => (
            <>
              <Tag color={tagColor(t)} data-testid={`subtask-state-${t.position}`}>
                {t.awaitingMaterials ? '待补正' : subtaskStateLabels[t.state]}
                {t.outcome ? ` · ${t.partial ? '部分准予' : outcomeLabels[t.outcome]}` : ''}
              </Tag>
              {t.docNo && (
                <div className="small-text" data-testid={`subtask-doc-${t.position}`}>
                  文号 {t.docNo}（{t.decidedOn}）
                </div>
              )}
              {t.resultFileSha256 && (
                <Tooltip title={`结果文件 SHA-256 ${t.resultFileSha256.slice(0, 12)}…`}>
                  <Button
                    size="small"
                    className="result-file-button"
                    onClick={() => onOpenResultFile(t)}
                    data-testid={`subtask-result-file-${t.position}`}
                  >
                    查看结果文件
                  </Button>
                </Tooltip>
              )}
              {!t.docNo && t.decidedOn && (
                <div className="small-text">
                  {t.decidedBy} 报送，{t.decidedOn}
                </div>
              )}
              {t.note && <div className="small-text">{t.note}</div>}
            </>
          ),
        },
        {
          title: '应办结',
          width: 170,
          render: (_, t) => (
            <>
              <div>{t.dueDate ?? '—'}</div>
              {t.state !== 'done' && t.remainingWorkingDays !== null && (
                <Space size={4}>
                  <LevelTag level={t.level} />
                  <span className="small-text">{remainingLabel(t.remainingWorkingDays)}</span>
                </Space>
              )}
            </>
          ),
        },
        {
          title: '操作',
          width: 240,
          render: (_, t) => (
            <Space wrap size={4}>
              {can('start') && (t.state === 'pending' || t.state === 'suspended') && (
                <Button size="small" onClick={() => onStart(t.position)} data-testid={`subtask-start-${t.position}`}>
                  开始办理
                </Button>
              )}
              {can('record-decision') && (t.state !== 'done' || t.docNo === null) && (
                <Button size="small" type="primary" onClick={() => onDecide(t.position)} data-testid={`subtask-decide-${t.position}`}>
                  登记结果
                </Button>
              )}
              {can('special-step') &&
                t.state !== 'done' &&
                t.steps.map((s) => (
                  <Button
                    key={s.name}
                    size="small"
                    onClick={() => onStep(t.position, s.name, s.running ? 'end' : 'start')}
                    data-testid={`subtask-step-${t.position}-${s.running ? 'end' : 'start'}`}
                    title={`${s.countedInLimit ? '计入' : '不计入'}办理时限，预留 ${s.days} 个工作日，已用 ${s.usedDays} 个`}
                  >
                    {s.name}
                    {s.running ? '结束' : '开始'}
                  </Button>
                ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
