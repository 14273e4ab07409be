import type { Migration } from './index';

export const sync: Migration = {
  version: 4,
  name: 'sync',
  sql: /* sql */ `
-- Events the centre rejected, and pulled changes the desk could not apply: the supervisor's list.
CREATE TABLE sync_errors (
  event_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL,
  reason TEXT NOT NULL,
  rejected_at TEXT NOT NULL
) STRICT;

-- Departments' progress on cases, as the centre publishes it; never touches intake fields.
CREATE TABLE case_status_updates (
  cursor INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL,
  state TEXT NOT NULL,
  state_label TEXT NOT NULL,
  department TEXT NOT NULL,
  note TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  received_at TEXT NOT NULL
) STRICT;
CREATE INDEX case_status_updates_case ON case_status_updates (case_no, cursor);
`,
};
