import { AppError } from '../../../shared/errors';
import { docTypeInfo, type CaseDocType } from '../../../shared/print/doc-types';
import type { Db } from '../../db/open-database';
import { findCaseDocument, listCaseDocuments, type CaseDocumentSummary } from './document-repository';
import { pdfFileName } from './print-context';

/** What was printed for a case: read-only views of case_documents. */
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

const titleOf = (docType: string) => docTypeInfo[docType as CaseDocType]?.title ?? docType;

function toSummary(row: CaseDocumentSummary): DocumentSummary {
  return {
    documentId: row.id,
    docType: row.doc_type,
    title: titleOf(row.doc_type),
    docNo: row.doc_no,
    reprint: row.reprint === 1,
    pageCount: row.page_count,
    printedAt: row.printed_at,
    clerkName: row.clerk_name,
  };
}

export function listDocuments(db: Db, caseNo: string): DocumentSummary[] {
  return listCaseDocuments(db, caseNo).map(toSummary);
}

export function storedPdf(db: Db, documentId: number): { fileName: string; pdf: Buffer; pageCount: number; sha256: string } {
  const row = findCaseDocument(db, documentId);
  if (!row) throw new AppError('NOT_FOUND', '未找到该文书', 'documentId');
  const fileName = pdfFileName(titleOf(row.doc_type), row.case_no, row.reprint === 1 ? '补打' : '');
  return { fileName, pdf: row.pdf, pageCount: row.page_count, sha256: row.sha256 };
}
