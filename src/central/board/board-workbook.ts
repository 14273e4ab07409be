import type ExcelJS from 'exceljs';
import { formatHallTime } from '../../shared/time/hall-time';
import type { FigureFormat } from '../../shared/reports/figure-columns';
import type { BoardFigures, BoardRow, WarningRow } from '../contract/board-contract';
import { boardColumns, warningColumns } from '../contract/board-columns';

const numberFormats: Record<FigureFormat, string> = { count: '0', rate: '0.0%', days: '0.0' };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };

export function boardWorkbookName(figures: BoardFigures): string {
  const scope = figures.hallCode ?? '全部大厅';
  return `督查看板-${scope}-${figures.period.from}至${figures.period.to}.xlsx`;
}

function figureSheet(book: ExcelJS.Workbook, name: string, heading: string, figures: BoardFigures, rows: readonly BoardRow[]): void {
  const sheet = book.addWorksheet(name);
  sheet.addRow([`督查看板（${heading}）`]).font = { bold: true, size: 14 };
  sheet.addRow([`统计期：${figures.period.from} 至 ${figures.period.to}`, '', '', `生成时间：${formatHallTime(figures.generatedAt)}`]);
  const header = sheet.addRow([heading === '按部门' ? '部门' : '大厅', ...boardColumns.map((c) => c.label)]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = headerFill));
  const line = (row: BoardRow) => [row.label, ...boardColumns.map((c) => row[c.key])];
  sheet.addRow(line(figures.total)).font = { bold: true };
  for (const row of rows) sheet.addRow(line(row));
  boardColumns.forEach((column, i) => {
    sheet.getColumn(i + 2).numFmt = numberFormats[column.format];
    sheet.getColumn(i + 2).width = Math.max(10, column.label.length * 2 + 2);
  });
  sheet.getColumn(1).width = 32;
  sheet.views = [{ state: 'frozen', ySplit: 3, xSplit: 1 }];
}

function warningSheet(book: ExcelJS.Workbook, name: string, keyLabel: string, rows: readonly WarningRow[], today: string): void {
  const sheet = book.addWorksheet(name);
  sheet.addRow([`在办子任务预警（截至 ${today}）`]).font = { bold: true, size: 14 };
  sheet.addRow([keyLabel, ...warningColumns.map((c) => c.label)]).font = { bold: true };
  for (const row of rows) sheet.addRow([row.label, ...warningColumns.map((c) => row[c.key])]);
  sheet.getColumn(1).width = 32;
}

/** The board as an Excel workbook: the screen's numbers (rates as fractions, percent format), times in the hall's zone. */
export async function buildBoardWorkbook(figures: BoardFigures): Promise<Buffer> {
  // exceljs is large: loaded by the first export, not with the centre.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'HallDesk 中心平台';
  book.created = new Date(figures.generatedAt);
  figureSheet(book, '按部门', '按部门', figures, figures.byDepartment);
  figureSheet(book, '按大厅', '按大厅', figures, figures.byHall);
  warningSheet(book, '预警-按部门', '部门', figures.warningsByDepartment, figures.today);
  warningSheet(book, '预警-按大厅', '大厅', figures.warningsByHall, figures.today);
  const f = figures.followUps;
  const followUps = book.addWorksheet('差评整改');
  followUps.addRow(['差评整改（统计期内产生）']).font = { bold: true, size: 14 };
  followUps.addRow(['差评', '待回访', '已回访', '已办结', '已超期未办结']).font = { bold: true };
  followUps.addRow([f.badRatings, f.open, f.calledBack, f.closed, f.overdue]);
  const notes = book.addWorksheet('指标说明');
  notes.addRow(['指标', '口径']).font = { bold: true };
  for (const column of boardColumns) notes.addRow([column.label, column.meaning]);
  notes.addRow(['合计', '一个联办案件在合计和按大厅统计中只计一次；按部门统计时在其每个部门各计一次（与受理台统计报表口径一致）']);
  notes.addRow(['预警', '在办子任务按部门到期日计算：已超期为红色；剩余不超过2个工作日且已用去一半以上时限为黄色']);
  notes.getColumn(1).width = 24;
  notes.getColumn(2).width = 80;
  return Buffer.from(await book.xlsx.writeBuffer());
}
