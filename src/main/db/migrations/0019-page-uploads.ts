import type { Migration } from './index';

/**
 * Sending pages on (issue 13): one row per page file (by sha256) the centre is to receive, added
 * when the centre acknowledges the case event that refers to it. A row keeps its tus upload URL
 * and the bytes the centre confirmed, so an upload resumes after a drop or a restart. 'done' once
 * the centre has the file (uploaded, or it already had it); 'failed' after repeated hash refusals.
 */
export const pageUploads: Migration = {
  // Position in this branch (file 0017 as assigned); the lead renumbers at merge.
  version: 19,
  name: 'page-uploads',
  sql: /* sql */ `
CREATE TABLE page_uploads (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  case_no TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size > 0),
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
  upload_url TEXT,
  bytes_sent INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  queued_at TEXT NOT NULL,
  done_at TEXT
) STRICT;
CREATE INDEX page_uploads_pending ON page_uploads (queued_at, sha256) WHERE state = 'pending';
CREATE INDEX page_uploads_failed ON page_uploads (sha256) WHERE state = 'failed';
-- Bytes of finished uploads, so the sync panel's figure never sums the whole history.
CREATE TABLE page_upload_totals (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  bytes_sent INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO page_upload_totals (id) VALUES (1);
`,
};
