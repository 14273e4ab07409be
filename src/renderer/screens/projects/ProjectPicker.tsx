import { App, Form, Select, type FormInstance } from 'antd';
import type { ItemSummary } from '../../../shared/contract/catalogue-endpoints';
import { call } from '../../api/client';
import { useNav } from '../../stores/nav-store';
import { useLoaded } from './use-loaded';
import './projects.css';

/**
 * 受理登记 for a 全程代办 project: choosing the project fills in its enterprise and offers the
 * items of its open stage(s) not yet applied for; the back end links the case and checks the
 * stage order. Shown only when the desk has projects.
 */
export function ProjectPicker({ form, onItems }: { form: FormInstance; onItems(items: ItemSummary[]): void }) {
  // Read again whenever the clerk comes back to the intake page: a project may have been opened meanwhile.
  const page = useNav((s) => s.page);
  const { value: projects } = useLoaded(() => call('projects.list', {}), [page]);
  const { message } = App.useApp();
  const open = (projects ?? []).filter((p) => !p.finished);
  if (open.length === 0) return null;

  async function choose(projectNo: string | undefined) {
    if (!projectNo) return;
    try {
      const board = await call('projects.board', { projectNo });
      form.setFieldValue(['applicant', 'kind'], 'enterprise');
      form.setFieldValue(['applicant', 'creditCode'], board.project.enterpriseCreditCode);
      form.setFieldValue(['applicant', 'name'], board.project.enterpriseName);
      const codes = board.stages
        .filter((s) => s.state === 'open')
        .flatMap((s) => s.items)
        .filter((i) => i.state === 'not-started')
        .map((i) => i.code);
      const items = await Promise.all(codes.map((code) => call('catalogue.get', { code })));
      onItems(
        items.map((item) => ({
          code: item.code,
          version: item.version,
          name: item.name,
          type: item.type,
          department: item.department,
          promisedDays: item.promisedDays,
          statutoryDays: item.statutoryDays,
          applicantKinds: item.applicantKinds,
          hasDeferrable: item.materials.some((m) => m.necessity === 'deferrable'),
        })),
      );
    } catch (caught) {
      void message.error((caught as Error).message);
    }
  }

  return (
    <Form.Item name="projectNo" label="全程代办项目（可选）" className="intake-project">
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="为代办项目登记时选择，自动带出项目单位和当前阶段的事项"
        data-testid="intake-project"
        onChange={(projectNo: string | undefined) => void choose(projectNo)}
        options={open.map((p) => ({ value: p.projectNo, label: `${p.name}（${p.enterpriseName}，${p.currentStage ?? ''}）` }))}
      />
    </Form.Item>
  );
}
