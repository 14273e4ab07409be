import type { FigureRow, TrendPoint } from './report-schemas';

export type FigureKey = Exclude<keyof FigureRow, 'key' | 'label'>;
export type FigureFormat = 'count' | 'rate' | 'days';

export interface FigureColumn {
  key: FigureKey;
  label: string;
  format: FigureFormat;
  /** What is counted and on which day, shown as a tooltip and in the workbook's 说明 sheet. */
  meaning: string;
}

/** The report's columns, in order: the screen and the Excel workbook both read this list. */
export const figureColumns: readonly FigureColumn[] = [
  { key: 'received', label: '收件', format: 'count', meaning: '收件日期在统计期内的案件数' },
  { key: 'accepted', label: '受理', format: 'count', meaning: '受理日期在统计期内的案件数（含容缺受理）' },
  { key: 'deferred', label: '其中容缺', format: 'count', meaning: '受理中以容缺方式受理的案件数' },
  { key: 'correctionNotices', label: '一次性告知', format: 'count', meaning: '收件日期在统计期内、出具一次性告知书的案件数' },
  { key: 'refusals', label: '不予受理', format: 'count', meaning: '收件日期在统计期内、不予受理的案件数' },
  { key: 'finished', label: '办结', format: 'count', meaning: '办结日期在统计期内的案件数（已办结、已出件）' },
  { key: 'finishedOnTime', label: '按时办结', format: 'count', meaning: '办结日期不晚于承诺办结日期（含补正、特殊环节顺延）的办结案件数' },
  { key: 'onTimeRate', label: '按时办结率', format: 'rate', meaning: '按时办结 ÷ 办结' },
  { key: 'avgWorkingDays', label: '平均用时（工作日）', format: 'days', meaning: '办结案件自受理日至办结日的平均工作日数' },
  { key: 'ratings', label: '评价数', format: 'count', meaning: '评价日期在统计期内的评价数（受理、出件环节）' },
  { key: 'satisfied', label: '满意', format: 'count', meaning: '评价为“非常满意”或“满意”的数量' },
  { key: 'satisfaction', label: '满意率', format: 'rate', meaning: '（非常满意 + 满意）÷ 评价数' },
  { key: 'badRatings', label: '差评', format: 'count', meaning: '评价为“不满意”或“非常不满意”的数量' },
];

export const trendColumns: readonly { key: Exclude<keyof TrendPoint, 'date'>; label: string }[] = [
  { key: 'received', label: '收件' },
  { key: 'accepted', label: '受理' },
  { key: 'correctionNotices', label: '一次性告知' },
  { key: 'refusals', label: '不予受理' },
  { key: 'finished', label: '办结' },
  { key: 'ratings', label: '评价数' },
  { key: 'badRatings', label: '差评' },
];

/** 三减 (fewer materials): what the screen and the workbook call the reuse figure, and what it counts. */
export const reuseFigure = {
  linesLabel: '复用在档材料（项）',
  casesLabel: '其中涉及案件（件）',
  meaning: '收件日期在统计期内的案件中，复用申请人在档电子材料（申请人因此少交一份材料）的材料项数；作废案件不计',
} as const;

/** As a clerk reads it: 97.5%, 3.2 天, or — when there is nothing to divide. */
export function formatFigure(value: number | null, format: FigureFormat): string {
  if (value === null) return '—';
  if (format === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (format === 'days') return value.toFixed(1);
  return String(value);
}
