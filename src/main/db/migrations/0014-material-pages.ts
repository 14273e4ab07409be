import type { Migration } from './index';

/**
 * Electronic materials (issue 13): the pages of a material line, stored content-addressed under
 * the data folder (pages/ab/abcd…, sha256). A row points at a file written (fsynced, renamed)
 * before the row commits. Pages captured before the case exists hang on the intake form's draft
 * id (its request id) and move to the case in the registration's transaction. A deleted page keeps
 * its row (deleted_at) and its file; the audit log keeps who did what.
 */
export const materialPages: Migration = {
  // Position in this branch; the lead renumbers at merge (file 0015 as assigned).
  version: 14,
  name: 'material-pages',
  sql: /* sql */ `
CREATE TABLE material_pages (
  id INTEGER PRIMARY KEY,
  page_id TEXT NOT NULL UNIQUE,
  case_no TEXT REFERENCES cases (case_no),
  draft_id TEXT,
  material_key TEXT NOT NULL,
  page_order INTEGER NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'application/pdf')),
  size INTEGER NOT NULL CHECK (size > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  -- A PDF holds several pages; an image is one.
  sheet_count INTEGER NOT NULL DEFAULT 1 CHECK (sheet_count >= 1),
  source TEXT NOT NULL CHECK (source IN ('camera', 'file', 'reuse')),
  -- 复用 (三减): the page on file this one reuses.
  reused_from TEXT,
  created_by INTEGER NOT NULL REFERENCES users (id),
  created_by_staff_no TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_by_staff_no TEXT,
  CHECK ((case_no IS NULL) <> (draft_id IS NULL))
) STRICT;
CREATE INDEX material_pages_case ON material_pages (case_no, material_key, page_order) WHERE case_no IS NOT NULL;
CREATE INDEX material_pages_draft ON material_pages (draft_id, material_key, page_order) WHERE draft_id IS NOT NULL;
CREATE INDEX material_pages_hash ON material_pages (sha256);
`,
};
