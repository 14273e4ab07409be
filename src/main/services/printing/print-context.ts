import { createHash } from 'node:crypto';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { Hall } from '../../../shared/contract/app-endpoints';
import { AppError } from '../../../shared/errors';
import type { CaseDetail } from '../../../shared/intake/case-types';
import { deliverySchema } from '../../../shared/lifecycle/lifecycle-view';
import { buildCasePrintData } from '../../../shared/print/build-print-data';
import { departmentPrintFacts } from './department-print-facts';
import { docTypeInfo, documentsFor, type CaseDocType, type DocType } from '../../../shared/print/doc-types';
import type { PrintData } from '../../../shared/print/print-data';
import type { PrintSettings } from '../../../shared/print/print-settings';
import { textWithEmoji } from '../../../shared/print/printable-text';
import { missingPaperSettings, missingSettingsMessage } from '../../../shared/print/required-settings';
import { statusUrl } from '../../../shared/print/status-url';
import type { Db } from '../../db/open-database';
import { readCaseDetail } from '../cases/case-reader';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { findDelivery } from '../lifecycle/lifecycle-repository';
import { readHall } from '../settings/hall-settings';
import { readHallTimeZone } from '../settings/hall-time-zone';
import { code128Svg, qrSvg } from './codes';
import type { DocumentPrinter, PdfRenderer } from './pdf-renderer';

/** What every part of printing works with: the store, the catalogue and the PDF renderer. */
export interface PrintServiceOptions {
  db: Db;
  catalogue: CatalogueService;
  renderer: PdfRenderer;
  /** Present only in the desktop app. */
  printer?: DocumentPrinter | null;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function pdfFileName(title: string, caseNo: string | null, mark: '' | '补打' | '预览件' = ''): string {
  return `${title}${caseNo ? `-${caseNo}` : ''}${mark ? `-${mark}` : ''}.pdf`;
}

export function hallOf(db: Db): Hall {
  const hall = readHall(db);
  if (!hall) throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
  return hall;
}

export function caseOf(db: Db, caseNo: string): CaseDetail {
  return readCaseDetail(db, caseNo, hallOf(db));
}

export function checkFits(detail: CaseDetail, docType: CaseDocType): void {
  if (documentsFor(detail.state, detail.decision).includes(docType)) return;
  throw new AppError('VALIDATION', `该案件（${detail.caseNo}）的受理决定不适用${docTypeInfo[docType].title}`, 'docType');
}

/** No placeholder reaches paper: a document naming a hall setting not filled in is refused. */
export function checkPaperSettings(settings: PrintSettings, docType: DocType): void {
  const missing = missingPaperSettings(settings, docType);
  if (missing.length > 0) throw new AppError('SETTINGS_REQUIRED', missingSettingsMessage(docType, missing), missing[0]);
}

export interface CaseDataRequest {
  detail: CaseDetail;
  docType: CaseDocType;
  settings: PrintSettings;
  at: Date;
  number: { docNo: string; reprint: boolean } | null;
  queryCode: string | null;
  previewCopy?: boolean;
}

function deliveryOf(db: Db, caseNo: string) {
  const stored = findDelivery(db, caseNo);
  return stored ? deliverySchema.parse(JSON.parse(stored)) : null;
}

/** The PrintData of a case document, from the case, its catalogue versions and the settings. */
export function caseData({ db, catalogue }: PrintServiceOptions, request: CaseDataRequest): PrintData {
  const { detail, docType, settings, at, number, queryCode } = request;
  const timeZone = readHallTimeZone(db);
  const today = hallDate(at, timeZone);
  const url = queryCode ? statusUrl(settings.statusBaseUrl, detail.caseNo, queryCode) : null;
  const data = buildCasePrintData({
    docType,
    detail,
    items: detail.items.map((i) => catalogue.get(i.code, today, i.version)),
    settings,
    docNo: number?.docNo ?? null,
    reprint: number?.reprint ?? false,
    previewCopy: request.previewCopy ?? false,
    printedAt: at,
    queryCode,
    codes: url ? { barcodeSvg: code128Svg(detail.caseNo), qrSvg: qrSvg(url) } : null,
    delivery: docType === 'delivery-receipt' ? deliveryOf(db, detail.caseNo) : null,
    timeZone,
    ...departmentPrintFacts(db, detail.caseNo, docType),
  });
  const withEmoji = textWithEmoji(data);
  if (withEmoji) {
    const excerpt = withEmoji.length > 20 ? `${withEmoji.slice(0, 20)}…` : withEmoji;
    throw new AppError('VALIDATION', `文书内容“${excerpt}”含有表情符号，打印出来会是空白方框，请先更正该内容再打印`);
  }
  return data;
}
