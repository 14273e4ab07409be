import { figureColumns, type FigureFormat } from '../../shared/reports/figure-columns';
import type { BoardRow } from './board-contract';

export interface BoardColumn {
  key: Exclude<keyof BoardRow, 'key' | 'label'>;
  label: string;
  format: FigureFormat;
  meaning: string;
}

/**
 * The board's columns: the desk report's (same labels and meanings: the numbers are the same),
 * then 三减. The screen and the workbook both read this list.
 */
export const boardColumns: readonly BoardColumn[] = [
  ...figureColumns,
  { key: 'avgPromisedDays', label: '平均承诺时限（工作日）', format: 'days', meaning: '办结案件所办事项的平均承诺时限' },
  {
    key: 'avgStatutoryDays',
    label: '平均法定时限（工作日）',
    format: 'days',
    meaning: '办结案件所办事项的平均法定时限（按中心发布的事项目录版本；未经中心发布的事项版本不计）',
  },
  { key: 'daysSaved', label: '减时间（工作日）', format: 'count', meaning: '办结案件的法定时限减去实际用时（工作日），逐件相加' },
  {
    key: 'materialsSaved',
    label: '减材料（份）',
    format: 'count',
    meaning: '办结案件中以已存档材料复用（不再提交）的材料份数',
  },
  {
    key: 'tripsSaved',
    label: '减跑动（次）',
    format: 'count',
    meaning: '办结案件中容缺受理（免再次到窗口补件）和邮寄送达（免到窗口领取）各计一次',
  },
];

export const warningColumns = [
  { key: 'red', label: '红色（已超期）' },
  { key: 'yellow', label: '黄色（临期）' },
  { key: 'open', label: '在办子任务' },
] as const;
