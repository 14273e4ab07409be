import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { WarningRow } from '../../contract/board-contract';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The ten worst lines' red and yellow sub-tasks, stacked; resized with the window, disposed with the component. */
export function WarningChart({ rows, testId }: { rows: readonly WarningRow[]; testId: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const instance = echarts.init(element.current!);
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const top = rows.slice(0, 10);
    chart.current?.setOption(
      {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: ['红色预警（已超期）', '黄色预警（临期）'] },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: top.map((r) => r.label), axisLabel: { interval: 0, rotate: 30, width: 84, overflow: 'truncate' } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: '红色预警（已超期）', type: 'bar', stack: 'level', color: '#cf1322', data: top.map((r) => r.red) },
          { name: '黄色预警（临期）', type: 'bar', stack: 'level', color: '#faad14', data: top.map((r) => r.yellow) },
        ],
      },
      true,
    );
  }, [rows]);

  return <div ref={element} style={{ width: '100%', height: 260 }} data-testid={testId} />;
}
