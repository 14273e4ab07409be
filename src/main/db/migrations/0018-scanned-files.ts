import type { Migration } from './index';

/**
 * The watched scanner folder (issue 13): every file taken from it, once. A file is recorded by
 * its sha256 before it is moved out of the folder, so a file that could not be moved (a read-only
 * share) or that comes back is never taken twice. Accepted files wait (their bytes in the data
 * folder's scans/) until a clerk puts them on a material line or removes them; a file of another
 * kind is recorded as refused with the reason the clerk sees. Local to this desk, not synced: the
 * pages a scan becomes are recorded (and synced) as any other page.
 */
export const scannedFiles: Migration = {
  // Position in this branch; the lead renumbers at merge (file 0019 as assigned).
  version: 18,
  name: 'scanned-files',
  sql: /* sql */ `
CREATE TABLE scanned_files (
  scan_id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'refused', 'assigned', 'removed')),
  reason TEXT,
  taken_at TEXT NOT NULL,
  settled_at TEXT,
  settled_by_staff_no TEXT
) STRICT;
CREATE INDEX scanned_files_hash ON scanned_files (sha256);
CREATE INDEX scanned_files_open ON scanned_files (taken_at) WHERE state IN ('waiting', 'refused');
`,
};
