import { Alert, App, Button, Card, Table } from 'antd';
import type { KindFigures } from '../../../shared/projects/project-views';
import { call } from '../../api/client';
import { saveBlob } from '../../print/print-actions';
import { base64Blob } from './project-labels';
import { useLoaded } from './use-loaded';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const vsSum = (value: number | null, sum: number) => (value === null ? `— / ${sum}` : `${value} / ${sum}`);

/** 三减: per project kind, the chain's working days, materials and trips against the statutory sum. */
export function ProjectFigures({ refreshTick }: { refreshTick: number }) {
  const { value, error } = useLoaded(() => call('projects.figures', {}), [refreshTick]);
  const { message } = App.useApp();

  async function exportXlsx() {
    try {
      const file = await call('projects.figuresXlsx', {});
      saveBlob(base64Blob(file.xlsxBase64, xlsxType), file.fileName);
    } catch (caught) {
      void message.error((caught as Error).message);
    }
  }

  return (
    <Card
      size="small"
      title="全程代办“三减”统计（已完成项目）"
      className="project-gap"
      extra={
        <Button size="small" onClick={() => void exportXlsx()} data-testid="project-figures-export">
          导出Excel
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      <Table<KindFigures>
        size="small"
        rowKey="kind"
        pagination={false}
        data-testid="project-figures"
        dataSource={value?.kinds ?? []}
        columns={[
          { title: '项目类型', dataIndex: 'kindName' },
          { title: '项目数', dataIndex: 'projects', width: 70 },
          { title: '已完成', dataIndex: 'finished', width: 70 },
          { title: '用时中位数/最长（工作日）', render: (_, k) => `${k.medianDays ?? '—'} / ${k.worstDays ?? '—'}` },
          { title: '法定时限合计', dataIndex: 'statutoryDays', width: 110 },
          { title: '材料（平均/逐项合计）', render: (_, k) => vsSum(k.materials, k.statutoryMaterials) },
          { title: '跑动（平均/逐项合计）', render: (_, k) => vsSum(k.trips, k.statutoryTrips) },
        ]}
      />
    </Card>
  );
}
