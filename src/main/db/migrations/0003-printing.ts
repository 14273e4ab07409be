import { firstQueryCodeLength, queryCodeAlphabet } from '../../../shared/print/status-url';
import type { Migration } from './index';

/** One random query-code character in SQL (SQLite's random() is seeded from the OS). */
const randomChar = `substr('${queryCodeAlphabet}', 1 + abs(random() % ${queryCodeAlphabet.length}), 1)`;
const randomQueryCode = Array.from({ length: firstQueryCodeLength }, () => randomChar).join(' || ');

/**
 * Printing (issue 4): the query code a case's applicant looks progress up with, the printed
 * documents kept with their case, and this desk's document serials.
 *
 * - cases.query_code: 8 characters of an unambiguous alphabet (the centre accepts 8 to 32). Existing cases get one now; the
 *   trigger gives every new case one at registration, so registration code need not know it.
 * - case_documents: every print and reprint, with the PDF exactly as it was printed, its hash
 *   and the HTML it came from (the desktop app prints that HTML to the hall's printer). Rows are
 *   never changed or deleted: they are the evidence in a dispute. One original per case and
 *   type; later prints of that type are reprints (补打) with the original's number.
 * - document_serials: the serial of document numbers per type and year, moved only forward in
 *   the transaction that stores the document it numbers.
 */
export const printing: Migration = {
  version: 3,
  name: 'printing',
  sql: /* sql */ `
ALTER TABLE cases ADD COLUMN query_code TEXT;
UPDATE cases SET query_code = ${randomQueryCode} WHERE query_code IS NULL;
CREATE TRIGGER cases_query_code AFTER INSERT ON cases WHEN NEW.query_code IS NULL
BEGIN UPDATE cases SET query_code = ${randomQueryCode} WHERE case_no = NEW.case_no; END;

CREATE TABLE document_serials (
  doc_type TEXT NOT NULL,
  year INTEGER NOT NULL,
  last_serial INTEGER NOT NULL,
  PRIMARY KEY (doc_type, year)
) STRICT;

CREATE TABLE case_documents (
  id INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  doc_type TEXT NOT NULL,
  doc_no TEXT NOT NULL,
  reprint INTEGER NOT NULL CHECK (reprint IN (0, 1)),
  paper TEXT NOT NULL,
  pdf BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  page_count INTEGER NOT NULL,
  html TEXT NOT NULL,
  printed_at TEXT NOT NULL,
  clerk_id INTEGER NOT NULL REFERENCES users (id),
  clerk_staff_no TEXT NOT NULL,
  clerk_name TEXT NOT NULL
) STRICT;
CREATE INDEX case_documents_case ON case_documents (case_no, doc_type);
CREATE UNIQUE INDEX case_documents_one_original ON case_documents (case_no, doc_type) WHERE reprint = 0;

CREATE TRIGGER case_documents_no_update BEFORE UPDATE ON case_documents
BEGIN SELECT RAISE(ABORT, 'printed documents are kept as printed'); END;
CREATE TRIGGER case_documents_no_delete BEFORE DELETE ON case_documents
BEGIN SELECT RAISE(ABORT, 'printed documents are kept as printed'); END;
`,
};
