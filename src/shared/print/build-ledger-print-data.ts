import type { DailyLedger } from '../ledger/ledger-schemas';
import { deskSheetPrintData, type DeskSheetInput } from './build-desk-sheet-print-data';
import { chineseDate } from './chinese-date';
import type { PrintData } from './print-data';

/** The 窗口日结单 of one clerk and day, printed by that clerk (or a supervisor reading it). */
export function buildLedgerPrintData(input: DeskSheetInput & { ledger: DailyLedger }): PrintData {
  const { ledger } = input;
  const subtitle = `${chineseDate(ledger.day)} · ${ledger.clerk.name}（${ledger.clerk.staffNo}）`;
  return { ...deskSheetPrintData('daily-ledger', subtitle, input), ledger };
}
