/**
 * Printing at the window (issue 4): 受理通知书, 受理回执, 容缺受理通知书, 一次性告知书,
 * 不予受理通知书, 收件凭证 and the item's 办事指南, as PDFs kept with the case.
 *
 * Architecture
 * - ONE set of templates: pure React components in src/print-templates (they import only react
 *   and src/shared; a lint rule holds them to it). The renderer's print preview renders them
 *   live from `print.preview`; the back end renders the same components with react-dom/server
 *   into a complete HTML document with inline CSS (render-html.ts), and a PdfRenderer turns
 *   that into a PDF. Layout is CSS only, no hand-placed coordinates: `@page { size: A4 }` with
 *   margin boxes for the running header (pages 2+) and "第 N 页 共 M 页"; long tables flow on,
 *   their <thead> repeating. The 80 mm receipt roll has no fixed length, so the renderer
 *   measures the content and sets the page height to it.
 * - Data: src/shared/print has the pure builders (PrintData: the hall header, the document
 *   number, case, applicant, items, materials, dates written out, IDs masked per setting,
 *   legal basis, phones, collection, clerk and desk, query code, reprint flag). Applicant text
 *   is data, never markup: React escapes it; the only raw markup is the barcode/QR SVG from
 *   codes.ts, drawn from the case number and status URL.
 * - PdfRenderer (pdf-renderer.ts): ChromiumPdfRenderer (playwright-core driving a
 *   Chromium/Edge/Chrome found on the machine, one browser kept warm, closed with the back
 *   end) for the web host, tests and benches; ElectronPdfRenderer when the back end runs in
 *   Electron's utilityProcess (process.parentPort exists), which asks the main process to
 *   render in a hidden sandboxed window (src/main/electron/pdf-window.ts) and, for the
 *   hall's printer, to print there: silently to the printer set for the document type, else
 *   through the system dialog.
 * - Fonts: Noto Sans SC (OFL) from @fontsource/noto-sans-sc by file URL (font-css.ts), so every
 *   PDF embeds its Chinese glyphs even on a machine without Chinese fonts; the preview
 *   imports the same font.
 * - Records: every print stores the PDF, its SHA-256, page count and HTML in case_documents,
 *   with one audit row ('print.printed' / 'print.reprinted') and one outbox row (metadata and
 *   hash; the PDF bytes stay on this desk until sync decides), in ONE transaction. A second
 *   print of a type for a case is a reprint: same number, 补打 on the paper.
 * - Numbers: doc-number.ts (JC受字〔2026〕第03-000012号: short code, type, year, desk and a
 *   per-type serial of this desk, taken in the storing transaction).
 * - Query code: migration 0003 gives every case one (backfill, and a trigger at registration);
 *   ensureQueryCode() makes one in the printing transaction should a case still lack it.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { Hall } from '../../../shared/contract/app-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { CaseDetail } from '../../../shared/intake/case-types';
import { buildCasePrintData, buildGuidePrintData } from '../../../shared/print/build-print-data';
import { buildLedgerPrintData } from '../../../shared/print/build-ledger-print-data';
import type { DailyLedger } from '../../../shared/ledger/ledger-schemas';
import { formatDocNumber } from '../../../shared/print/doc-number';
import { docTypeInfo, documentsFor, type CaseDocType } from '../../../shared/print/doc-types';
import type { PrintData } from '../../../shared/print/print-data';
import type { PrintSettings } from '../../../shared/print/print-settings';
import { statusUrl } from '../../../shared/print/status-url';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import { readCaseDetail } from '../cases/case-reader';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { recordChange } from '../record-change';
import { readHall } from '../settings/hall-settings';
import { code128Svg, qrSvg } from './codes';
import {
  findCaseDocument,
  insertCaseDocument,
  listCaseDocuments,
  originalDocNo,
  peekDocSerial,
  takeDocSerial,
  type CaseDocumentSummary,
} from './document-repository';
import { printFontCss } from './font-css';
import type { DocumentPrinter, PdfRenderer } from './pdf-renderer';
import { pdfPageCount } from './pdf-renderer';
import { readPrintSettings } from './print-settings';
import { ensureQueryCode, newQueryCode, readQueryCode } from './query-code';
import { documentHtml, withFonts } from './render-html';

export interface PrintServiceOptions {
  db: Db;
  catalogue: CatalogueService;
  renderer: PdfRenderer;
  /** Present only in the desktop app. */
  printer?: DocumentPrinter | null;
}

export interface IssuedDocument {
  documentId: number;
  docType: CaseDocType;
  title: string;
  docNo: string;
  reprint: boolean;
  pageCount: number;
  paper: PrintData['paper'];
  sha256: string;
}

export interface DocumentSummary {
  documentId: number;
  docType: CaseDocType;
  title: string;
  docNo: string;
  reprint: boolean;
  pageCount: number;
  printedAt: string;
  clerkName: string;
}

interface IssuePlan {
  reprint: boolean;
  docNo: string;
  serial: number | null;
  year: number;
  queryCode: string;
  queryCodeIsNew: boolean;
}

/** Thrown inside the storing transaction to roll it back when its plan no longer holds. */
class PlanChanged extends Error {}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function pdfFileName(title: string, caseNo: string | null, reprint: boolean): string {
  return `${title}${caseNo ? `-${caseNo}` : ''}${reprint ? '-补打' : ''}.pdf`;
}

export class PrintService {
  private readonly db: Db;

  constructor(private readonly options: PrintServiceOptions) {
    this.db = options.db;
  }

  private hall(): Hall {
    const hall = readHall(this.db);
    if (!hall) throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
    return hall;
  }

  private caseOf(caseNo: string): CaseDetail {
    return readCaseDetail(this.db, caseNo, this.hall());
  }

  private checkFits(detail: CaseDetail, docType: CaseDocType): void {
    if (documentsFor(detail.state, detail.decision).includes(docType)) return;
    throw new AppError('VALIDATION', `该案件（${detail.caseNo}）的受理决定不适用${docTypeInfo[docType].title}`, 'docType');
  }

  private caseItems(detail: CaseDetail, today: string) {
    return detail.items.map((i) => this.options.catalogue.get(i.code, today, i.version));
  }

  private caseData(
    detail: CaseDetail,
    docType: CaseDocType,
    settings: PrintSettings,
    at: Date,
    number: { docNo: string; reprint: boolean } | null,
    queryCode: string | null,
  ): PrintData {
    const url = queryCode ? statusUrl(settings.statusBaseUrl, detail.caseNo, queryCode) : null;
    return buildCasePrintData({
      docType,
      detail,
      items: this.caseItems(detail, hallDate(at)),
      settings,
      docNo: number?.docNo ?? null,
      reprint: number?.reprint ?? false,
      printedAt: at,
      queryCode,
      codes: url ? { barcodeSvg: code128Svg(detail.caseNo), qrSvg: qrSvg(url) } : null,
    });
  }

  /** What `print.issue` would print now, for the preview; writes nothing. */
  preview(caseNo: string, docType: CaseDocType, now: Date): PrintData {
    const detail = this.caseOf(caseNo);
    this.checkFits(detail, docType);
    const docNo = originalDocNo(this.db, detail.caseNo, docType);
    const number = docNo ? { docNo, reprint: true } : null;
    return this.caseData(detail, docType, readPrintSettings(this.db), now, number, readQueryCode(this.db, detail.caseNo));
  }

  private planIssue(detail: CaseDetail, docType: CaseDocType, settings: PrintSettings, hall: Hall, now: Date, queryCode?: string): IssuePlan {
    const year = Number(hallDate(now).slice(0, 4));
    const existingCode = readQueryCode(this.db, detail.caseNo);
    const code = existingCode ?? queryCode ?? newQueryCode();
    const original = originalDocNo(this.db, detail.caseNo, docType);
    if (original) return { reprint: true, docNo: original, serial: null, year, queryCode: code, queryCodeIsNew: !existingCode };
    const serial = peekDocSerial(this.db, docType, year);
    const docNo = formatDocNumber({ short: settings.shortCode || hall.code, typeCode: docTypeInfo[docType].typeCode!, year, desk: hall.deskNo, serial });
    return { reprint: false, docNo, serial, year, queryCode: code, queryCodeIsNew: !existingCode };
  }

  /**
   * Prints a case document: renders it (outside any transaction: rendering takes a while),
   * then stores PDF, number, audit and outbox rows in one transaction. Should another print
   * of the same case and type have committed meanwhile (two windows), the plan no longer holds
   * and the document is drawn again.
   */
  async issue(caseNo: string, docType: CaseDocType, clerk: SessionUser, now: Date): Promise<IssuedDocument> {
    const detail = this.caseOf(caseNo);
    this.checkFits(detail, docType);
    const hall = this.hall();
    const settings = readPrintSettings(this.db);
    const at = now.toISOString();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const plan = this.planIssue(detail, docType, settings, hall, now);
      const data = this.caseData(detail, docType, settings, now, plan, plan.queryCode);
      const html = documentHtml(data);
      const pdf = await this.options.renderer.render({ html: withFonts(html, printFontCss()), paper: data.paper });
      const pageCount = pdfPageCount(pdf);
      const hash = sha256(pdf);
      let stored: IssuedDocument;
      try {
        stored = this.db
          .transaction((): IssuedDocument => {
            const again = this.planIssue(detail, docType, settings, hall, now, plan.queryCode);
            if (again.docNo !== plan.docNo || again.reprint !== plan.reprint || again.queryCode !== plan.queryCode) throw new PlanChanged();
            const queryCode = plan.queryCodeIsNew ? ensureQueryCode(this.db, detail.caseNo, plan.queryCode) : plan.queryCode;
            if (plan.serial !== null && takeDocSerial(this.db, docType, plan.year) !== plan.serial) throw new PlanChanged();
            const documentId = insertCaseDocument(this.db, {
              case_no: detail.caseNo,
              doc_type: docType,
              doc_no: plan.docNo,
              reprint: Number(plan.reprint),
              paper: data.paper,
              pdf,
              sha256: hash,
              page_count: pageCount,
              html,
              printed_at: at,
              clerk_id: clerk.id,
              clerk_staff_no: clerk.staffNo,
              clerk_name: clerk.name,
            });
            const issued: IssuedDocument = {
              documentId,
              docType,
              title: data.title,
              docNo: plan.docNo,
              reprint: plan.reprint,
              pageCount,
              paper: data.paper,
              sha256: hash,
            };
            recordChange(this.db, {
              actor: clerk,
              at,
              action: plan.reprint ? 'print.reprinted' : 'print.printed',
              entity: 'case-document',
              entityId: detail.caseNo,
              // Metadata and hash only: the PDF stays on this desk until sync decides to send it.
              payload: {
                ...issued,
                caseNo: detail.caseNo,
                queryCode,
                printedAt: at,
                clerk: { staffNo: clerk.staffNo, name: clerk.name },
                deskNo: hall.deskNo,
              },
              auditDetail: { documentId, docType, docNo: plan.docNo, sha256: hash, pageCount },
            });
            return issued;
          })
          .immediate();
      } catch (error) {
        // Another window printed this case and type meanwhile: nothing was kept; draw again.
        if (error instanceof PlanChanged) continue;
        throw error;
      }
      return stored;
    }
    throw new AppError('CONFLICT', '同一文书正在另一窗口打印，请稍后重试');
  }

  documents(caseNo: string): DocumentSummary[] {
    const detail = this.caseOf(caseNo);
    return listCaseDocuments(this.db, detail.caseNo).map(toSummary);
  }

  pdf(documentId: number): { fileName: string; pdf: Buffer; pageCount: number; sha256: string } {
    const row = findCaseDocument(this.db, documentId);
    if (!row) throw new AppError('NOT_FOUND', '未找到该文书', 'documentId');
    const title = docTypeInfo[row.doc_type as CaseDocType]?.title ?? '文书';
    return { fileName: pdfFileName(title, row.case_no, row.reprint === 1), pdf: row.pdf, pageCount: row.page_count, sha256: row.sha256 };
  }

  /** Sends a stored document to the hall's printer (desktop app only). */
  async send(documentId: number, clerk: SessionUser, now: Date): Promise<{ mode: 'silent' | 'dialog'; printer: string | null }> {
    const printer = this.options.printer;
    if (!printer) throw new AppError('VALIDATION', '网页版请在浏览器中打开 PDF 后打印', 'documentId');
    const row = findCaseDocument(this.db, documentId);
    if (!row) throw new AppError('NOT_FOUND', '未找到该文书', 'documentId');
    const settings = readPrintSettings(this.db);
    const deviceName = settings.documents[row.doc_type as CaseDocType]?.printer ?? '';
    const copies = 1;
    const { mode } = await printer.print({ html: withFonts(row.html, printFontCss()), paper: row.paper as PrintData['paper'], deviceName, copies });
    this.db.transaction(() =>
      appendAudit(this.db, {
        at: now.toISOString(),
        actorId: clerk.id,
        actorStaffNo: clerk.staffNo,
        action: 'print.sent-to-printer',
        entity: 'case-document',
        entityId: row.case_no,
        detail: { documentId, docNo: row.doc_no, printer: deviceName || null, mode },
      }),
    )();
    return { mode, printer: deviceName || null };
  }

  guidePreview(code: string, clerk: SessionUser, now: Date, version?: number): PrintData {
    const hall = this.hall();
    const item = this.options.catalogue.get(code, hallDate(now), version);
    return buildGuidePrintData({ item, settings: readPrintSettings(this.db), hall, clerk, printedAt: now });
  }

  /** The 办事指南 of an item as a PDF: audited, not stored (there is no case to keep it with). */
  async guidePdf(code: string, clerk: SessionUser, now: Date, version?: number) {
    const data = this.guidePreview(code, clerk, now, version);
    const pdf = await this.options.renderer.render({ html: withFonts(documentHtml(data), printFontCss()), paper: data.paper });
    const pageCount = pdfPageCount(pdf);
    this.db.transaction(() =>
      appendAudit(this.db, {
        at: now.toISOString(),
        actorId: clerk.id,
        actorStaffNo: clerk.staffNo,
        action: 'print.guide-printed',
        entity: 'catalogue-item',
        entityId: data.guide!.code,
        detail: { version: data.guide!.version, pageCount, sha256: sha256(pdf) },
      }),
    )();
    return { fileName: pdfFileName(`${data.title}-${data.guide!.name}`, null, false), pdf, pageCount };
  }

  /** The 窗口日结单 of a clerk's day as a PDF: audited, not stored (the ledger can be read again). */
  async ledgerPdf(ledger: DailyLedger, clerk: SessionUser, now: Date) {
    const data = buildLedgerPrintData({ ledger, settings: readPrintSettings(this.db), hall: this.hall(), printedBy: clerk, printedAt: now });
    const pdf = await this.options.renderer.render({ html: withFonts(documentHtml(data), printFontCss()), paper: data.paper });
    const pageCount = pdfPageCount(pdf);
    this.db.transaction(() =>
      appendAudit(this.db, {
        at: now.toISOString(),
        actorId: clerk.id,
        actorStaffNo: clerk.staffNo,
        action: 'print.ledger-printed',
        entity: 'ledger',
        entityId: `${ledger.clerk.staffNo}/${ledger.day}`,
        detail: { day: ledger.day, clerk: ledger.clerk.staffNo, pageCount, sha256: sha256(pdf) },
      }),
    )();
    return { fileName: pdfFileName(`${data.title}-${ledger.clerk.staffNo}-${ledger.day}`, null, false), pdf, pageCount };
  }

  close(): Promise<void> {
    return this.options.renderer.close();
  }
}

function toSummary(row: CaseDocumentSummary): DocumentSummary {
  return {
    documentId: row.id,
    docType: row.doc_type as CaseDocType,
    title: docTypeInfo[row.doc_type as CaseDocType]?.title ?? row.doc_type,
    docNo: row.doc_no,
    reprint: row.reprint === 1,
    pageCount: row.page_count,
    printedAt: row.printed_at,
    clerkName: row.clerk_name,
  };
}

/** Temp HTML files of the renderers live here, inside the data folder. */
export function printWorkDir(dataDir: string): string {
  return join(dataDir, 'print-tmp');
}
