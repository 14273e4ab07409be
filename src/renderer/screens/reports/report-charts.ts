import type { HallFigures } from '../../../shared/reports/report-schemas';
import type { ChartOption } from '../../../web-ui/EChart';

const intakeSeries = [
  { key: 'received', name: '收件' },
  { key: 'accepted', name: '受理' },
  { key: 'correctionNotices', name: '一次性告知' },
  { key: 'refusals', name: '不予受理' },
  { key: 'finished', name: '办结' },
] as const;

/** Intake and 办结 by clerk, item or department, as grouped bars. */
export function groupBarsOption(figures: HallFigures): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 80 },
    xAxis: {
      type: 'category',
      data: figures.rows.map((r) => r.label),
      axisLabel: { interval: 0, rotate: figures.rows.length > 4 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: intakeSeries.map((s) => ({ type: 'bar', name: s.name, data: figures.rows.map((r) => r[s.key]) })),
  };
}

/** The hall day by day: 收件, 受理, 办结 and 差评. */
export function trendOption(figures: HallFigures): ChartOption {
  const lines = [
    { key: 'received', name: '收件' },
    { key: 'accepted', name: '受理' },
    { key: 'finished', name: '办结' },
    { key: 'badRatings', name: '差评' },
  ] as const;
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: figures.trend.map((p) => p.date.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: lines.map((l) => ({ type: figures.trend.length > 1 ? 'line' : 'bar', name: l.name, data: figures.trend.map((p) => p[l.key]) })),
  };
}

/** Satisfaction and on-time rates per group, in percent. */
export function ratesOption(figures: HallFigures): ChartOption {
  const percent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 80 },
    xAxis: {
      type: 'category',
      data: figures.rows.map((r) => r.label),
      axisLabel: { interval: 0, rotate: figures.rows.length > 4 ? 30 : 0 },
    },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { type: 'bar', name: '满意率', data: figures.rows.map((r) => percent(r.satisfaction)) },
      { type: 'bar', name: '按时办结率', data: figures.rows.map((r) => percent(r.onTimeRate)) },
    ],
  };
}
