import { deskSheetPrintData, type DeskSheetInput } from '../print/build-desk-sheet-print-data';
import { chineseDate } from '../print/chinese-date';
import type { PrintData } from '../print/print-data';
import type { ProjectBoard } from './project-views';

/** The 代办进度单 of one project as it stands today, printed by its agent (or a supervisor) for the enterprise. */
export function buildProgressPrintData(input: DeskSheetInput & { board: ProjectBoard }): PrintData {
  const { board } = input;
  const subtitle = `${board.project.name} · 截至${chineseDate(board.today)}`;
  return { ...deskSheetPrintData('project-progress', subtitle, input), project: board };
}
