import { useMemo } from 'react';
import type { WarningRow } from '../../contract/board-contract';
import { EChart } from '../../../web-ui/EChart';

/** The ten worst lines' red and yellow sub-tasks, stacked. */
export function WarningChart({ rows, testId }: { rows: readonly WarningRow[]; testId: string }) {
  const option = useMemo(() => {
    const top = rows.slice(0, 10);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['红色预警（已超期）', '黄色预警（临期）'] },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: top.map((r) => r.label), axisLabel: { interval: 0, rotate: 30, width: 84, overflow: 'truncate' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '红色预警（已超期）', type: 'bar', stack: 'level', color: '#cf1322', data: top.map((r) => r.red) },
        { name: '黄色预警（临期）', type: 'bar', stack: 'level', color: '#faad14', data: top.map((r) => r.yellow) },
      ],
    };
  }, [rows]);
  return <EChart option={option} height={260} testId={testId} />;
}
