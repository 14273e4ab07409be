import type { Hall } from '../contract/app-endpoints';
import type { DailyLedger } from '../ledger/ledger-schemas';
import { defaultHallTimeZone } from '../time/hall-time';
import { chineseDate, chineseDateOf, chineseDateTime } from './chinese-date';
import { docTypeInfo } from './doc-types';
import type { PrintData } from './print-data';
import type { PrintSettings } from './print-settings';

/** The 窗口日结单 of one clerk and day, printed by that clerk (or a supervisor reading it). */
export function buildLedgerPrintData(input: {
  ledger: DailyLedger;
  settings: PrintSettings;
  hall: Hall;
  printedBy: { name: string; staffNo: string };
  printedAt: Date;
  timeZone?: string;
}): PrintData {
  const { ledger, settings, hall, printedAt, timeZone = defaultHallTimeZone } = input;
  return {
    docType: 'daily-ledger',
    title: docTypeInfo['daily-ledger'].title,
    subtitle: `${chineseDate(ledger.day)} · ${ledger.clerk.name}（${ledger.clerk.staffNo}）`,
    paper: settings.documents['daily-ledger'].paper,
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
    ledger,
    rights: { review: '', litigation: '' },
    codes: null,
    sealImage: null,
  };
}
