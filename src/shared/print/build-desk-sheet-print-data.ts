import type { Hall } from '../contract/app-endpoints';
import { defaultHallTimeZone } from '../time/hall-time';
import { chineseDateOf, chineseDateTime } from './chinese-date';
import { docTypeInfo, type DocType } from './doc-types';
import type { PrintData } from './print-data';
import type { PrintSettings } from './print-settings';

export interface DeskSheetInput {
  settings: PrintSettings;
  hall: Hall;
  printedBy: { name: string; staffNo: string };
  printedAt: Date;
  timeZone?: string;
}

/**
 * A sheet the desk prints about its own work rather than one case (窗口日结单, 代办进度单): no
 * number, no case, applicant or codes; the caller adds the sheet's own part (ledger, project).
 */
export function deskSheetPrintData(docType: Exclude<DocType, 'guide'>, subtitle: string, input: DeskSheetInput): PrintData {
  const { settings, hall, printedAt, timeZone = defaultHallTimeZone } = input;
  return {
    docType,
    title: docTypeInfo[docType].title,
    subtitle,
    paper: settings.documents[docType].paper,
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
    rights: { review: '', litigation: '' },
    codes: null,
    sealImage: null,
  };
}
