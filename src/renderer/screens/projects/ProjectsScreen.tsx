import { Alert, App, Button, Card, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import type { WarningLevel } from '../../../shared/lifecycle/warning-level';
import type { ProjectBoard, ProjectSummary } from '../../../shared/projects/project-views';
import { call } from '../../api/client';
import { useNav } from '../../stores/nav-store';
import { useSession } from '../../stores/session-store';
import { ProjectBoardView } from './ProjectBoardView';
import { ProjectFigures } from './ProjectFigures';
import { ProjectForm } from './ProjectForm';
import { levelTags } from './project-labels';
import { useLoaded } from './use-loaded';

const levelOptions = (['red', 'yellow', 'normal'] as const).map((level) => ({ value: level, label: levelTags[level].text }));

/**
 * 全程代办: an agent's own projects, or for a supervisor every project by agent, kind and risk;
 * a row opens the project board. Supervisors also see the 三减 figures; administrators import
 * the chain templates.
 */
export function ProjectsScreen() {
  const role = useSession((s) => s.status?.user?.role);
  const openCase = useNav((s) => s.openCase);
  const [agentId, setAgentId] = useState<number | undefined>();
  const [kind, setKind] = useState<string | undefined>();
  const [level, setLevel] = useState<WarningLevel | undefined>();
  const [tick, setTick] = useState(0);
  const [creating, setCreating] = useState(false);
  const [board, setBoard] = useState<ProjectBoard | null>(null);
  const { message } = App.useApp();
  const list = useLoaded(() => call('projects.list', { agentId, kind, level }), [agentId, kind, level, tick]);
  const templates = useLoaded(() => call('projects.templates', {}), [tick]).value ?? [];
  const agents = useLoaded(() => call('agents.list', {}), []).value ?? [];
  const overseer = role === 'supervisor' || role === 'admin';

  async function open(projectNo: string) {
    try {
      setBoard(await call('projects.board', { projectNo }));
    } catch (caught) {
      void message.error((caught as Error).message);
    }
  }

  async function importTemplates(file: File) {
    try {
      const result = await call('projects.importTemplates', { text: await file.text() });
      void message.success(`已导入 ${result.imported} 个项目模板（${result.unchanged} 个未变）`);
      setTick((t) => t + 1);
    } catch (caught) {
      void message.error((caught as Error).message);
    }
  }

  if (board) {
    return (
      <ProjectBoardView
        board={board}
        agents={agents}
        onBack={() => {
          setBoard(null);
          setTick((t) => t + 1);
        }}
        onChanged={setBoard}
        onOpenCase={openCase}
      />
    );
  }

  return (
    <div data-testid="projects-screen">
      <Card
        size="small"
        title="全程代办项目"
        extra={
          <Space>
            {role === 'admin' && (
              <Upload accept=".json" showUploadList={false} beforeUpload={(file) => (void importTemplates(file), false)}>
                <Button size="small">导入项目模板</Button>
              </Upload>
            )}
            {role !== 'clerk' && (
              <Button type="primary" size="small" onClick={() => setCreating(true)} data-testid="project-new">
                新建项目
              </Button>
            )}
          </Space>
        }
      >
        <Space wrap className="project-filters">
          {overseer && (
            <Select
              allowClear
              placeholder="代办员"
              style={{ width: 160 }}
              value={agentId}
              onChange={setAgentId}
              options={agents.map((a) => ({ value: a.id, label: `${a.name}（${a.staffNo}）` }))}
              data-testid="project-filter-agent"
            />
          )}
          <Select
            allowClear
            placeholder="项目类型"
            style={{ width: 160 }}
            value={kind}
            onChange={setKind}
            options={templates.map((t) => ({ value: t.kind, label: t.name }))}
            data-testid="project-filter-kind"
          />
          <Select
            allowClear
            placeholder="风险"
            style={{ width: 120 }}
            value={level}
            onChange={setLevel}
            options={levelOptions}
            data-testid="project-filter-level"
          />
        </Space>
        {list.error && <Alert type="error" showIcon title={list.error} className="project-gap" />}
        <Table<ProjectSummary>
          size="small"
          className="project-gap"
          rowKey="projectNo"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="projects-table"
          dataSource={list.value ?? []}
          onRow={(p) =>
            ({ onClick: () => void open(p.projectNo), 'data-testid': `project-row-${p.projectNo}` }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { title: '项目编号', dataIndex: 'projectNo', width: 150 },
            { title: '项目名称', dataIndex: 'name', ellipsis: true },
            { title: '项目单位', dataIndex: 'enterpriseName', ellipsis: true },
            { title: '类型', dataIndex: 'kindName', width: 100 },
            { title: '代办员', render: (_, p) => p.agent.name, width: 80 },
            { title: '当前阶段', render: (_, p) => (p.finished ? '已全部办结' : (p.currentStage ?? '—')), width: 140 },
            { title: '已用/目标', render: (_, p) => `${p.daysUsed} / ${p.targetDays}`, width: 90 },
            { title: '风险', render: (_, p) => <Tag color={levelTags[p.level].color}>{levelTags[p.level].text}</Tag>, width: 80 },
          ]}
        />
      </Card>
      {overseer && <ProjectFigures refreshTick={tick} />}
      <ProjectForm
        open={creating}
        templates={templates}
        agents={agents}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setBoard(created);
        }}
      />
    </div>
  );
}
