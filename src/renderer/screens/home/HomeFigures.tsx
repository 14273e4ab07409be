import { Card, Statistic } from 'antd';
import type { HomeOverview } from '../../../shared/contract/home-endpoints';

/** The five numbers a clerk glances at between applicants. */
export function HomeFigures({ overview }: { overview: HomeOverview }) {
  const red = overview.dueSoon.filter((r) => r.level === 'red').length;
  const figures = [
    { key: 'today', title: '今日受理', value: overview.todayCases.length, color: undefined },
    {
      key: 'due',
      title: '即将到期/超期',
      value: overview.dueSoon.length,
      color: red > 0 ? '#cf1322' : overview.dueSoon.length > 0 ? '#d48806' : undefined,
    },
    {
      key: 'deferred',
      title: '容缺待补',
      value: overview.deferredDue.length,
      color: overview.deferredDue.some((d) => d.overdue) ? '#cf1322' : undefined,
    },
    { key: 'ready', title: '待出件', value: overview.readyToHandOut.length, color: undefined },
    { key: 'unsent', title: '未上传变更', value: overview.unsentChanges, color: undefined },
  ];
  return (
    <div className="home-figures">
      {figures.map((f) => (
        <Card size="small" key={f.key} className="home-figure" data-testid={`home-figure-${f.key}`}>
          <Statistic title={f.title} value={f.value} styles={{ content: f.color ? { color: f.color } : {} }} />
        </Card>
      ))}
    </div>
  );
}
