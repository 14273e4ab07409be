/**
 * Printing at the window (issue 4): 受理通知书, 受理回执, 容缺受理通知书 and 承诺书, 一次性告知书,
 * 不予受理通知书, 收件凭证, 送达回证 and the item's 办事指南, as PDFs kept with the case.
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
 *   Electron's utilityProcess (process.parentPort exists), which sends the HTML in the message
 *   (no file per document) to the main process. Main keeps one warm hidden sandboxed window per
 *   paper size, fonts already loaded (src/main/electron/print-windows.ts), sets each document
 *   into it, waits for its fonts, measures (the 80 mm roll), and renders it or, for the hall's
 *   printer, prints it: silently to the printer set for the document type, else through the
 *   system dialog. A window that failed is destroyed and replaced.
 * - Fonts: Noto Sans SC (OFL) from @fontsource/noto-sans-sc by file URL (font-css.ts), so every
 *   PDF embeds its Chinese glyphs even on a machine without Chinese fonts; the preview
 *   imports the same font.
 * - Records: every print (打印, issue-document.ts) stores the PDF, its SHA-256, page count and
 *   HTML in case_documents, with one audit row ('print.printed' / 'print.reprinted') and one
 *   outbox row (metadata and hash; the PDF bytes stay on this desk until sync decides), in ONE
 *   transaction. A second print of a type for a case is a reprint: same number, 补打 on the
 *   paper. 下载PDF never issues anything: it returns the stored original once printed, and
 *   before that a preview copy marked 预览件（未正式打印）, with no number, kept nowhere.
 * - Settings the paper names (status site, 行政复议机关, 人民法院) have no defaults: a document
 *   needing one not filled in is refused (required-settings.ts), never printed with a blank.
 * - Numbers: doc-number.ts (JC受字〔2026〕第03-000012号: short code, type, year, desk and a
 *   per-type serial of this desk, taken in the storing transaction).
 * - Query code: migration 0003 gives every case one (backfill, and a trigger at registration);
 *   ensureQueryCode() makes one in the printing transaction should a case still lack it.
 */
import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { buildGuidePrintData } from '../../../shared/print/build-guide-print-data';
import { buildLedgerPrintData } from '../../../shared/print/build-ledger-print-data';
import type { CaseDocType } from '../../../shared/print/doc-types';
import type { DailyLedger } from '../../../shared/ledger/ledger-schemas';
import type { PrintData } from '../../../shared/print/print-data';
import { buildProgressPrintData } from '../../../shared/projects/build-progress-print-data';
import type { ProjectBoard } from '../../../shared/projects/project-views';
import { appendAudit } from '../audit/audit-log';
import { readHallTimeZone } from '../settings/hall-time-zone';
import { findCaseDocument, originalDocNo } from './document-repository';
import { listDocuments, storedPdf, type DocumentSummary } from './document-queries';
import { printFontCss } from './font-css';
import { issueDocument, type IssuedDocument } from './issue-document';
import { pdfPageCount } from './pdf-renderer';
import { caseData, caseOf, checkFits, checkPaperSettings, hallOf, pdfFileName, sha256, type PrintServiceOptions } from './print-context';
import { readPrintSettings } from './print-settings';
import { readQueryCode } from './query-code';
import { documentHtml, withFonts } from './render-html';

export type { DocumentSummary } from './document-queries';
export type { IssuedDocument } from './issue-document';
export type { PrintServiceOptions } from './print-context';

export interface DownloadedPdf {
  fileName: string;
  pdf: Buffer;
  pageCount: number;
  /** True: a preview copy of a document not printed yet (marked so on the paper). */
  previewCopy: boolean;
}

export class PrintService {
  constructor(private readonly options: PrintServiceOptions) {}

  private get db() {
    return this.options.db;
  }

  /** What `print.issue` would print now, for the preview; writes nothing. */
  preview(caseNo: string, docType: CaseDocType, now: Date): PrintData {
    const detail = caseOf(this.db, caseNo);
    checkFits(detail, docType);
    const settings = readPrintSettings(this.db);
    checkPaperSettings(settings, docType);
    const docNo = originalDocNo(this.db, detail.caseNo, docType);
    const number = docNo ? { docNo, reprint: true } : null;
    return caseData(this.options, { detail, docType, settings, at: now, number, queryCode: readQueryCode(this.db, detail.caseNo) });
  }

  issue(caseNo: string, docType: CaseDocType, clerk: SessionUser, now: Date): Promise<IssuedDocument> {
    return issueDocument(this.options, caseNo, docType, clerk, now);
  }

  /**
   * 下载PDF: the printed original once there is one (the last copy kept); before the first
   * print, a preview copy: no number, marked 预览件（未正式打印）, stored nowhere, so the first
   * 打印 is still the original and never a 补打.
   */
  async download(caseNo: string, docType: CaseDocType, now: Date): Promise<DownloadedPdf> {
    const detail = caseOf(this.db, caseNo);
    checkFits(detail, docType);
    const stored = listDocuments(this.db, detail.caseNo)
      .filter((d) => d.docType === docType)
      .at(-1);
    if (stored) return { ...storedPdf(this.db, stored.documentId), previewCopy: false };
    const settings = readPrintSettings(this.db);
    checkPaperSettings(settings, docType);
    const data = caseData(this.options, {
      detail,
      docType,
      settings,
      at: now,
      number: null,
      queryCode: readQueryCode(this.db, detail.caseNo),
      previewCopy: true,
    });
    const pdf = await this.options.renderer.render({ html: withFonts(documentHtml(data), printFontCss()), paper: data.paper });
    return { fileName: pdfFileName(data.title, detail.caseNo, '预览件'), pdf, pageCount: pdfPageCount(pdf), previewCopy: true };
  }

  documents(caseNo: string): DocumentSummary[] {
    return listDocuments(this.db, caseOf(this.db, caseNo).caseNo);
  }

  pdf(documentId: number): { fileName: string; pdf: Buffer; pageCount: number; sha256: string } {
    return storedPdf(this.db, documentId);
  }

  /** Sends a stored document to the hall's printer (desktop app only). */
  async send(documentId: number, clerk: SessionUser, now: Date): Promise<{ mode: 'silent' | 'dialog'; printer: string | null }> {
    const printer = this.options.printer;
    if (!printer) throw new AppError('VALIDATION', '网页版请在浏览器中打开 PDF 后打印', 'documentId');
    const row = findCaseDocument(this.db, documentId);
    if (!row) throw new AppError('NOT_FOUND', '未找到该文书', 'documentId');
    const settings = readPrintSettings(this.db);
    const deviceName = settings.documents[row.doc_type]?.printer ?? '';
    const copies = 1;
    const { mode } = await printer.print({
      html: withFonts(row.html, printFontCss()),
      paper: row.paper as PrintData['paper'],
      deviceName,
      copies,
    });
    this.db
      .transaction(() =>
        appendAudit(this.db, {
          at: now.toISOString(),
          actorId: clerk.id,
          actorStaffNo: clerk.staffNo,
          action: 'print.sent-to-printer',
          entity: 'case-document',
          entityId: row.case_no,
          detail: { documentId, docNo: row.doc_no, printer: deviceName || null, mode },
        }),
      )
      .immediate();
    return { mode, printer: deviceName || null };
  }

  guidePreview(code: string, clerk: SessionUser, now: Date, version?: number): PrintData {
    const hall = hallOf(this.db);
    const item = this.options.catalogue.get(code, hallDate(now), version);
    return buildGuidePrintData({
      item,
      settings: readPrintSettings(this.db),
      hall,
      clerk,
      printedAt: now,
      timeZone: readHallTimeZone(this.db),
    });
  }

  /** The 办事指南 of an item as a PDF: audited, not stored (there is no case to keep it with). */
  guidePdf(code: string, clerk: SessionUser, now: Date, version?: number) {
    const data = this.guidePreview(code, clerk, now, version);
    const guide = data.guide!;
    return this.auditedPdf(data, `${data.title}-${guide.name}`, clerk, now, {
      action: 'print.guide-printed',
      entity: 'catalogue-item',
      entityId: guide.code,
      detail: { version: guide.version },
    });
  }

  /** The 代办进度单 of a project as it stands today: audited, not stored (the board can be read again). */
  projectProgressPdf(board: ProjectBoard, user: SessionUser, now: Date) {
    const data = buildProgressPrintData({
      board,
      settings: readPrintSettings(this.db),
      hall: hallOf(this.db),
      printedBy: user,
      printedAt: now,
      timeZone: readHallTimeZone(this.db),
    });
    return this.auditedPdf(data, `${data.title}-${board.project.projectNo}-${board.today}`, user, now, {
      action: 'print.project-progress-printed',
      entity: 'project',
      entityId: board.project.projectNo,
      detail: { day: board.today },
    });
  }

  /** The 窗口日结单 of a clerk's day as a PDF: audited, not stored (the ledger can be read again). */
  ledgerPdf(ledger: DailyLedger, clerk: SessionUser, now: Date) {
    const data = buildLedgerPrintData({
      ledger,
      settings: readPrintSettings(this.db),
      hall: hallOf(this.db),
      printedBy: clerk,
      printedAt: now,
      timeZone: readHallTimeZone(this.db),
    });
    return this.auditedPdf(data, `${data.title}-${ledger.clerk.staffNo}-${ledger.day}`, clerk, now, {
      action: 'print.ledger-printed',
      entity: 'ledger',
      entityId: `${ledger.clerk.staffNo}/${ledger.day}`,
      detail: { day: ledger.day, clerk: ledger.clerk.staffNo },
    });
  }

  /** A document kept with no case: rendered, then one audit row with its page count and hash. */
  private async auditedPdf(
    data: PrintData,
    name: string,
    clerk: SessionUser,
    now: Date,
    audit: { action: string; entity: string; entityId: string; detail: Record<string, unknown> },
  ) {
    const pdf = await this.options.renderer.render({ html: withFonts(documentHtml(data), printFontCss()), paper: data.paper });
    const pageCount = pdfPageCount(pdf);
    this.db
      .transaction(() =>
        appendAudit(this.db, {
          at: now.toISOString(),
          actorId: clerk.id,
          actorStaffNo: clerk.staffNo,
          action: audit.action,
          entity: audit.entity,
          entityId: audit.entityId,
          detail: { ...audit.detail, pageCount, sha256: sha256(pdf) },
        }),
      )
      .immediate();
    return { fileName: pdfFileName(name, null), pdf, pageCount };
  }

  close(): Promise<void> {
    return this.options.renderer.close();
  }
}
