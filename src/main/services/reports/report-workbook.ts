import type ExcelJS from 'exceljs';
import { figureColumns, reuseFigure, trendColumns, type FigureFormat } from '../../../shared/reports/figure-columns';
import { reportPeriodLabels } from '../../../shared/reports/report-period';
import { reportDimensionLabels, type FigureRow, type HallFigures } from '../../../shared/reports/report-schemas';
import { formatLocalDateTime } from '../format-time';

const numberFormats: Record<FigureFormat, string> = { count: '0', rate: '0.0%', days: '0.0' };
/** 三减 has its own sheet: the 汇总 sheet's rows are the figure table and nothing else. */
export const reuseSheetName = '三减复用';
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };

export function workbookFileName(figures: HallFigures): string {
  return `统计报表-${reportPeriodLabels[figures.period.kind]}-${figures.period.label.replaceAll(' ', '')}-${reportDimensionLabels[figures.groupBy]}.xlsx`;
}

function figureLine(row: FigureRow): (string | number | null)[] {
  return [row.label, ...figureColumns.map((column) => row[column.key])];
}

/**
 * The report as an Excel workbook: exactly the numbers of the screen (rates as fractions with a
 * percent format, never rounded text), the day-by-day trend, and what each column counts.
 */
/** The workbook of the figures; times in it are the hall's (`zone`), not the PC's. */
export async function buildReportWorkbook(figures: HallFigures, zone: string): Promise<Buffer> {
  // exceljs is large: loaded by the first export, not with the back end.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'HallDesk 政务窗口受理台';
  book.created = new Date(figures.generatedAt);

  const summary = book.addWorksheet('汇总');
  summary.addRow([`${figures.hallName} 统计报表（${reportPeriodLabels[figures.period.kind]}）`]).font = { bold: true, size: 14 };
  summary.addRow([`统计期：${figures.period.from} 至 ${figures.period.to}（${figures.period.label}）`]);
  summary.addRow([
    `维度：${reportDimensionLabels[figures.groupBy]}`,
    '',
    '',
    `生成时间：${formatLocalDateTime(new Date(figures.generatedAt), zone)}`,
  ]);
  const header = summary.addRow([
    figures.groupBy === 'clerk' ? '窗口人员' : figures.groupBy === 'item' ? '事项' : '部门',
    ...figureColumns.map((c) => c.label),
  ]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = headerFill));
  summary.addRow(figureLine(figures.total)).font = { bold: true };
  for (const row of figures.rows) summary.addRow(figureLine(row));
  figureColumns.forEach((column, i) => {
    summary.getColumn(i + 2).numFmt = numberFormats[column.format];
    summary.getColumn(i + 2).width = Math.max(10, column.label.length * 2 + 2);
  });
  summary.getColumn(1).width = 36;
  summary.views = [{ state: 'frozen', ySplit: 4, xSplit: 1 }];

  const trend = book.addWorksheet('每日趋势');
  trend.addRow(['日期', ...trendColumns.map((c) => c.label)]).font = { bold: true };
  for (const point of figures.trend) trend.addRow([point.date, ...trendColumns.map((c) => point[c.key])]);
  trend.getColumn(1).width = 14;

  const reuse = book.addWorksheet(reuseSheetName);
  reuse.addRow(['指标', '数量']).font = { bold: true };
  reuse.addRow([reuseFigure.linesLabel, figures.reuse.lines]);
  reuse.addRow([reuseFigure.casesLabel, figures.reuse.cases]);
  reuse.getColumn(1).width = 36;

  const notes = book.addWorksheet('指标说明');
  notes.addRow(['指标', '口径']).font = { bold: true };
  for (const column of figureColumns) notes.addRow([column.label, column.meaning]);
  notes.addRow(['全厅合计', '一个联办案件在全厅合计中只计一次；按事项、按部门统计时，联办案件在其每个事项、每个部门各计一次']);
  notes.addRow([reuseFigure.linesLabel, reuseFigure.meaning]);
  notes.getColumn(1).width = 20;
  notes.getColumn(2).width = 80;

  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Where the figures start in the 汇总 sheet: the header row, then the total, then one row per group. */
export const summaryLayout = { headerRow: 4, totalRow: 5, firstGroupRow: 6 } as const;
