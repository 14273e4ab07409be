import { hallDate } from '../../../shared/calendar/hall-date';
import type { Hall } from '../../../shared/contract/app-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { CaseDetail } from '../../../shared/intake/case-types';
import { formatDocNumber } from '../../../shared/print/doc-number';
import { docTypeInfo, type CaseDocType } from '../../../shared/print/doc-types';
import type { PrintData } from '../../../shared/print/print-data';
import type { PrintSettings } from '../../../shared/print/print-settings';
import type { Db } from '../../db/open-database';
import { recordChange } from '../record-change';
import { insertCaseDocument, originalDocNo, peekDocSerial, takeDocSerial } from './document-repository';
import { printFontCss } from './font-css';
import { pdfPageCount } from './pdf-renderer';
import { caseData, caseOf, checkFits, checkPaperSettings, hallOf, sha256, type PrintServiceOptions } from './print-context';
import { readPrintSettings } from './print-settings';
import { ensureQueryCode, newQueryCode, readQueryCode } from './query-code';
import { documentHtml, withFonts } from './render-html';

/** 打印: the only way a document gets its number and is kept as issued (the original or a 补打). */
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

function planIssue(
  db: Db,
  detail: CaseDetail,
  docType: CaseDocType,
  settings: PrintSettings,
  hall: Hall,
  now: Date,
  queryCode?: string,
): IssuePlan {
  const year = Number(hallDate(now).slice(0, 4));
  const existingCode = readQueryCode(db, detail.caseNo);
  const code = existingCode ?? queryCode ?? newQueryCode();
  const original = originalDocNo(db, detail.caseNo, docType);
  if (original) return { reprint: true, docNo: original, serial: null, year, queryCode: code, queryCodeIsNew: !existingCode };
  const serial = peekDocSerial(db, docType, year);
  const docNo = formatDocNumber({
    short: settings.shortCode || hall.code,
    typeCode: docTypeInfo[docType].typeCode!,
    year,
    desk: hall.deskNo,
    serial,
  });
  return { reprint: false, docNo, serial, year, queryCode: code, queryCodeIsNew: !existingCode };
}

/**
 * Prints a case document: renders it (outside any transaction: rendering takes a while), then
 * stores PDF, number, audit and outbox rows in one transaction. Should another print of the
 * same case and type have committed meanwhile (two windows), the plan no longer holds and the
 * document is drawn again.
 */
export async function issueDocument(
  options: PrintServiceOptions,
  caseNo: string,
  docType: CaseDocType,
  clerk: SessionUser,
  now: Date,
): Promise<IssuedDocument> {
  const { db } = options;
  const detail = caseOf(db, caseNo);
  checkFits(detail, docType);
  const hall = hallOf(db);
  const settings = readPrintSettings(db);
  checkPaperSettings(settings, docType);
  const at = now.toISOString();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const plan = planIssue(db, detail, docType, settings, hall, now);
    const data = caseData(options, { detail, docType, settings, at: now, number: plan, queryCode: plan.queryCode });
    const html = documentHtml(data);
    const pdf = await options.renderer.render({ html: withFonts(html, printFontCss()), paper: data.paper });
    const pageCount = pdfPageCount(pdf);
    const hash = sha256(pdf);
    try {
      return db
        .transaction((): IssuedDocument => {
          const again = planIssue(db, detail, docType, settings, hall, now, plan.queryCode);
          if (again.docNo !== plan.docNo || again.reprint !== plan.reprint || again.queryCode !== plan.queryCode) throw new PlanChanged();
          const queryCode = plan.queryCodeIsNew ? ensureQueryCode(db, detail.caseNo, plan.queryCode) : plan.queryCode;
          if (plan.serial !== null && takeDocSerial(db, docType, plan.year) !== plan.serial) throw new PlanChanged();
          const documentId = insertCaseDocument(db, {
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
          recordChange(db, {
            actor: clerk,
            at,
            op: plan.reprint ? 'print.reprinted' : 'print.printed',
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
  }
  throw new AppError('CONFLICT', '同一文书正在另一窗口打印，请稍后重试');
}
