import type { Hall } from '../contract/app-endpoints';
import { chineseDate, chineseDateOf, chineseDateTime } from '../print/chinese-date';
import { docTypeInfo } from '../print/doc-types';
import type { PrintData } from '../print/print-data';
import type { PrintSettings } from '../print/print-settings';
import { defaultHallTimeZone } from '../time/hall-time';
import type { ProjectBoard } from './project-views';

/** The 代办进度单 of one project as it stands today, printed by its agent (or a supervisor) for the enterprise. */
export function buildProgressPrintData(input: {
  board: ProjectBoard;
  settings: PrintSettings;
  hall: Hall;
  printedBy: { name: string; staffNo: string };
  printedAt: Date;
  timeZone?: string;
}): PrintData {
  const { board, settings, hall, printedAt, timeZone = defaultHallTimeZone } = input;
  return {
    docType: 'project-progress',
    title: docTypeInfo['project-progress'].title,
    subtitle: `${board.project.name} · 截至${chineseDate(board.today)}`,
    paper: settings.documents['project-progress'].paper,
    copies: [''],
    header: { text: settings.headerText || hall.name, hallName: hall.name },
    docNo: null,
    reprint: false,
    previewCopy: false,
    printedAt: chineseDateTime(printedAt, timeZone),
    printedOn: chineseDateOf(printedAt, timeZone),
    clerk: { name: input.printedBy.name, staffNo: input.printedBy.staffNo, deskNo: hall.deskNo, phone: settings.windowPhone },
    case: null,
    applicant: null,
    agent: null,
    items: [],
    materials: [],
    guide: null,
    delivery: null,
    project: board,
    rights: { review: '', litigation: '' },
    codes: null,
    sealImage: null,
  };
}
