import { Alert, App, Button, Card, Descriptions, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { itemProgressLabels, stageStateLabels, type ProjectBoard } from '../../../shared/projects/project-views';
import { call } from '../../api/client';
import { isDesktopShell, saveBlob } from '../../print/print-actions';
import { useSession } from '../../stores/session-store';
import { formatTime } from '../cases/format-time';
import { HandoverForm } from './HandoverForm';
import { base64Blob, itemStateColors, levelTags } from './project-labels';
import './projects.css';

/**
 * The agent's project board: the chain's stages as columns with each item's state from its case,
 * next steps, what is still missing, days used against the target, warnings, the 代办进度单 and the
 * hand-over history.
 */
export function ProjectBoardView(props: {
  board: ProjectBoard;
  agents: readonly { id: number; staffNo: string; name: string }[];
  onBack(): void;
  onChanged(board: ProjectBoard): void;
  onOpenCase(caseNo: string): void;
}) {
  const { board } = props;
  const p = board.project;
  const [handover, setHandover] = useState(false);
  const role = useSession((s) => s.status?.user?.role);
  const { message } = App.useApp();
  const level = levelTags[p.level];

  async function print() {
    try {
      const file = await call('projects.progressPdf', { projectNo: p.projectNo });
      const blob = base64Blob(file.pdfBase64, 'application/pdf');
      if (isDesktopShell()) saveBlob(blob, file.fileName);
      else window.open(URL.createObjectURL(blob), '_blank', 'noopener');
    } catch (caught) {
      void message.error((caught as Error).message);
    }
  }

  return (
    <Card
      size="small"
      data-testid="project-board"
      title={
        <Space>
          <Button size="small" onClick={props.onBack} data-testid="project-back">
            返回
          </Button>
          <span>
            {p.name}（{p.kindName}）
          </span>
          <Tag color={level.color} data-testid="project-level">
            {level.text}
          </Tag>
        </Space>
      }
      extra={
        role !== 'clerk' && (
          <Space>
            <Button onClick={() => void print()} data-testid="project-print">
              打印代办进度单
            </Button>
            <Button onClick={() => setHandover(true)} data-testid="project-handover">
              项目交接
            </Button>
          </Space>
        )
      }
    >
      <Descriptions
        size="small"
        bordered
        column={3}
        items={[
          { key: 'no', label: '项目编号', children: p.projectNo },
          { key: 'ent', label: '项目单位', children: `${p.enterpriseName}（${p.enterpriseCreditCode}）` },
          {
            key: 'agent',
            label: '代办员',
            children: <span data-testid="project-agent-name">{`${p.agent.name}（${p.agent.staffNo}）`}</span>,
          },
          { key: 'mandate', label: '全程代办委托书', children: `${p.mandateNo}，${p.mandateSignedOn} 签署（免费）` },
          {
            key: 'days',
            label: '已用工作日',
            children: <span data-testid="project-days">{`${p.daysUsed} / 目标 ${p.targetDays}（法定合计 ${board.statutoryDays}）`}</span>,
          },
          { key: 'loc', label: '项目地点', children: p.location },
        ]}
      />
      {board.warnings.map((w) => (
        <Alert
          key={w}
          type={p.level === 'red' ? 'error' : 'warning'}
          showIcon
          title={w}
          className="project-gap"
          data-testid="project-warning"
        />
      ))}
      <div className="project-stages" data-testid="project-stages">
        {board.stages.map((stage, index) => (
          <div key={stage.name} className={`project-stage project-stage-${stage.state}`} data-testid={`project-stage-${index}`}>
            <div className="project-stage-title">
              {index + 1}. {stage.name}
              <Tag className="project-stage-tag">{stageStateLabels[stage.state]}</Tag>
            </div>
            {stage.items.map((item) => (
              <div key={item.code} className="project-item" data-testid={`project-item-${item.code}`}>
                <div className="project-item-name">{item.name}</div>
                <Space size={4} wrap>
                  <Tag color={itemStateColors[item.state]} data-testid="project-item-state">
                    {itemProgressLabels[item.state]}
                  </Tag>
                  {item.level && item.level !== 'normal' && <Tag color={levelTags[item.level].color}>{levelTags[item.level].text}</Tag>}
                  {item.caseNo && (
                    <Typography.Link onClick={() => props.onOpenCase(item.caseNo!)} className="small-text">
                      {item.caseNo}
                    </Typography.Link>
                  )}
                </Space>
                <div className="small-text">
                  {item.decidedOn
                    ? `办结 ${item.decidedOn}`
                    : item.promisedDate
                      ? `承诺 ${item.promisedDate}`
                      : `承诺时限 ${item.promisedDays} 个工作日`}
                </div>
              </div>
            ))}
          </div>
        ))}
      </div>
      <div className="project-columns">
        <Card size="small" title="下一步" className="project-half">
          <List
            size="small"
            data-testid="project-next-steps"
            dataSource={board.nextSteps}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" /> }}
            renderItem={(step) => <List.Item>{step}</List.Item>}
          />
        </Card>
        <Card size="small" title="全链条尚缺材料" className="project-half">
          <List
            size="small"
            data-testid="project-missing"
            dataSource={board.missing}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" /> }}
            renderItem={(m) => (
              <List.Item>
                {m.material}（{m.caseNo}）
              </List.Item>
            )}
          />
        </Card>
      </div>
      {board.handovers.length > 0 && (
        <Table
          size="small"
          className="project-gap"
          rowKey={(h) => `${h.at}-${h.toStaffNo}`}
          pagination={false}
          data-testid="project-handovers"
          dataSource={board.handovers}
          columns={[
            { title: '交接时间', dataIndex: 'at', render: (at: string) => formatTime(at), width: 150 },
            { title: '交出', render: (_, h) => `${h.fromName}（${h.fromStaffNo}）` },
            { title: '接手', render: (_, h) => `${h.toName}（${h.toStaffNo}）` },
            { title: '原因', dataIndex: 'reason' },
            { title: '经办', dataIndex: 'byStaffNo', width: 80 },
          ]}
        />
      )}
      <HandoverForm
        open={handover}
        board={board}
        agents={props.agents}
        onClose={() => setHandover(false)}
        onDone={(next) => {
          setHandover(false);
          props.onChanged(next);
        }}
      />
    </Card>
  );
}
