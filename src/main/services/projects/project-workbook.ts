import type { KindFigures } from '../../../shared/projects/project-views';
import { formatLocalDateTime } from '../format-time';

const columns: { label: string; value: (k: KindFigures) => string | number | null }[] = [
  { label: '项目类型', value: (k) => k.kindName },
  { label: '项目数', value: (k) => k.projects },
  { label: '已完成', value: (k) => k.finished },
  { label: '用时中位数（工作日）', value: (k) => k.medianDays },
  { label: '最长用时（工作日）', value: (k) => k.worstDays },
  { label: '法定时限合计（工作日）', value: (k) => k.statutoryDays },
  { label: '平均提交材料（件）', value: (k) => k.materials },
  { label: '逐项申报材料合计（件）', value: (k) => k.statutoryMaterials },
  { label: '平均跑动（次）', value: (k) => k.trips },
  { label: '逐项申报跑动合计（次）', value: (k) => k.statutoryTrips },
];

export function projectWorkbookFileName(now: Date, zone: string): string {
  return `全程代办统计-${formatLocalDateTime(now, zone).slice(0, 10)}.xlsx`;
}

/** The 三减 figures per project kind as on screen, and what each column counts. */
export async function buildProjectWorkbook(kinds: readonly KindFigures[], hallName: string, now: Date, zone: string): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'HallDesk 政务窗口受理台';
  book.created = now;
  const sheet = book.addWorksheet('全程代办');
  sheet.addRow([`${hallName} 全程代办“三减”统计`]).font = { bold: true, size: 14 };
  sheet.addRow([`生成时间：${formatLocalDateTime(now, zone)}`]);
  sheet.addRow(columns.map((c) => c.label)).font = { bold: true };
  for (const kind of kinds) sheet.addRow(columns.map((c) => c.value(kind)));
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(12, c.label.length * 2 + 2)));
  const notes = book.addWorksheet('指标说明');
  notes.addRow(['指标', '口径']).font = { bold: true };
  notes.addRow([
    '用时',
    '已完成项目中，至少有一个案件在办（已受理、未办结、未待补正）的工作日数；待补正和阶段之间申请人准备材料的时间不计',
  ]);
  notes.addRow(['提交材料', '项目各案件实际收取的材料（联办案件中共用的材料只计一次），按已完成项目平均']);
  notes.addRow(['跑动', '每个案件的受理一次，加上每个补交材料的日子各一次，加上窗口领取结果一次（邮寄不计），按已完成项目平均']);
  notes.addRow(['逐项申报合计', '链条中各事项单独申报时的法定时限、必交材料（不含情形材料）和到窗口次数（至少一次）之和']);
  notes.getColumn(1).width = 16;
  notes.getColumn(2).width = 90;
  return Buffer.from(await book.xlsx.writeBuffer());
}
