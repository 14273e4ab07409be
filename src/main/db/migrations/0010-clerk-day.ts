import type { Migration } from './index';

/**
 * A clerk's day (issue 9).
 *
 * - notifications: what a user must see until they read it (催办 from the 督办 board today).
 * - handover_notes: the shift hand-over note a clerk saves with the day's ledger (日结); the
 *   next person at this desk sees the latest one. One note per clerk and day, replaced when
 *   saved again.
 */
export const clerkDay: Migration = {
  // Position in this branch; the lead renumbers at merge (file 0010 as assigned).
  version: 10,
  name: 'clerk-day',
  sql: /* sql */ `
CREATE TABLE notifications (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  kind TEXT NOT NULL CHECK (kind IN ('urge')),
  case_no TEXT REFERENCES cases (case_no),
  message TEXT NOT NULL,
  at TEXT NOT NULL,
  by_staff_no TEXT NOT NULL,
  by_name TEXT NOT NULL,
  read_at TEXT
) STRICT;
CREATE INDEX notifications_unread ON notifications (user_id, id) WHERE read_at IS NULL;

CREATE TABLE handover_notes (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users (id),
  staff_no TEXT NOT NULL,
  name TEXT NOT NULL,
  text TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  UNIQUE (user_id, day)
) STRICT;
CREATE INDEX handover_notes_saved ON handover_notes (saved_at);
`,
};
