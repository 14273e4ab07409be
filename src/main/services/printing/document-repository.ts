import { z } from 'zod';
import { caseDocTypes, type CaseDocType } from '../../../shared/print/doc-types';
import type { Db } from '../../db/open-database';
import { parseNarrowColumns, parseNarrowRows } from '../../db/parse-row';

export interface CaseDocumentRow {
  id: number;
  case_no: string;
  doc_type: CaseDocType;
  doc_no: string;
  reprint: number;
  paper: string;
  pdf: Buffer;
  sha256: string;
  page_count: number;
  html: string;
  printed_at: string;
  clerk_id: number;
  clerk_staff_no: string;
  clerk_name: string;
}

export type CaseDocumentSummary = Omit<CaseDocumentRow, 'pdf' | 'html'>;

/** The document type is the one column narrower than SQLite's; checked on every read. */
const documentColumns = z.object({ doc_type: z.enum(caseDocTypes) });

const summaryColumns =
  'id, case_no, doc_type, doc_no, reprint, paper, sha256, page_count, printed_at, clerk_id, clerk_staff_no, clerk_name';

/** The number of the case's original document of this type, if it was printed before. */
export function originalDocNo(db: Db, caseNo: string, docType: CaseDocType): string | null {
  const row = db.prepare('SELECT doc_no FROM case_documents WHERE case_no = ? AND doc_type = ? AND reprint = 0').get(caseNo, docType) as
    { doc_no: string } | undefined;
  return row?.doc_no ?? null;
}

/** The serial the next document of this type and year would get (nothing is taken). */
export function peekDocSerial(db: Db, docType: CaseDocType, year: number): number {
  const row = db.prepare('SELECT last_serial FROM document_serials WHERE doc_type = ? AND year = ?').get(docType, year) as
    { last_serial: number } | undefined;
  return (row?.last_serial ?? 0) + 1;
}

/** Takes the next serial; call in the transaction that stores the numbered document. */
export function takeDocSerial(db: Db, docType: CaseDocType, year: number): number {
  const row = db
    .prepare(
      `INSERT INTO document_serials (doc_type, year, last_serial) VALUES (?, ?, 1)
       ON CONFLICT (doc_type, year) DO UPDATE SET last_serial = last_serial + 1
       RETURNING last_serial`,
    )
    .get(docType, year) as { last_serial: number };
  return row.last_serial;
}

/** Raises the desk's document serials to at least these (the centre's, for a restored desk); returns how many moved. */
export function raiseDocSerialsTo(db: Db, serials: readonly { docType: string; year: number; serial: number }[]): number {
  const raise = db.prepare(
    `INSERT INTO document_serials (doc_type, year, last_serial) VALUES (?, ?, ?)
     ON CONFLICT (doc_type, year) DO UPDATE SET last_serial = excluded.last_serial WHERE excluded.last_serial > last_serial`,
  );
  return serials.reduce((raised, s) => raised + raise.run(s.docType, s.year, s.serial).changes, 0);
}

export function insertCaseDocument(db: Db, row: Omit<CaseDocumentRow, 'id'>): number {
  const result = db
    .prepare(
      `INSERT INTO case_documents (case_no, doc_type, doc_no, reprint, paper, pdf, sha256, page_count, html, printed_at, clerk_id,
         clerk_staff_no, clerk_name)
       VALUES (@case_no, @doc_type, @doc_no, @reprint, @paper, @pdf, @sha256, @page_count, @html, @printed_at, @clerk_id,
         @clerk_staff_no, @clerk_name)`,
    )
    .run(row);
  return Number(result.lastInsertRowid);
}

export function findCaseDocument(db: Db, id: number): CaseDocumentRow | undefined {
  const row = db.prepare('SELECT * FROM case_documents WHERE id = ?').get(id);
  return row === undefined ? undefined : parseNarrowColumns<CaseDocumentRow>(documentColumns, row, '文书');
}

export function caseNoOfDocument(db: Db, id: number): string | undefined {
  return (db.prepare('SELECT case_no FROM case_documents WHERE id = ?').get(id) as { case_no: string } | undefined)?.case_no;
}

export function listCaseDocuments(db: Db, caseNo: string): CaseDocumentSummary[] {
  const rows = db.prepare(`SELECT ${summaryColumns} FROM case_documents WHERE case_no = ? ORDER BY id`).all(caseNo);
  return parseNarrowRows<CaseDocumentSummary>(documentColumns, rows, '文书');
}
