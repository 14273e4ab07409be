import type { Migration } from './index';

export const catalogueAndCases: Migration = {
  version: 2,
  name: 'catalogue-and-cases',
  sql: /* sql */ `
-- Every version of every item is kept: a case points at the version it was registered under.
CREATE TABLE catalogue_items (
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  department TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  search_text TEXT NOT NULL,
  body TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  PRIMARY KEY (code, version)
) STRICT;

CREATE TABLE applicants (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'enterprise')),
  id_kind TEXT NOT NULL,
  id_number TEXT NOT NULL,
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  address TEXT,
  legal_representative TEXT,
  contact_name TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (id_kind, id_number)
) STRICT;

-- This desk's serial per year; moves only forward, in the transaction of the case it numbers.
CREATE TABLE case_serials (
  year INTEGER PRIMARY KEY,
  last_serial INTEGER NOT NULL
) STRICT;

CREATE TABLE cases (
  case_no TEXT PRIMARY KEY,
  request_id TEXT NOT NULL UNIQUE,
  hall_code TEXT NOT NULL,
  desk_no TEXT NOT NULL,
  year INTEGER NOT NULL,
  serial INTEGER NOT NULL,
  state TEXT NOT NULL,
  decision TEXT NOT NULL,
  applicant_id INTEGER NOT NULL REFERENCES applicants (id),
  applicant_name TEXT NOT NULL,
  applicant_id_number TEXT NOT NULL,
  applicant_phone TEXT NOT NULL,
  applicant TEXT NOT NULL,
  agent TEXT,
  item_names TEXT NOT NULL,
  received_at TEXT NOT NULL,
  received_on TEXT NOT NULL,
  accepted_on TEXT,
  promised_date TEXT,
  refusal TEXT,
  note TEXT,
  commitment_signed INTEGER NOT NULL DEFAULT 0,
  clerk_id INTEGER NOT NULL REFERENCES users (id),
  clerk_staff_no TEXT NOT NULL,
  clerk_name TEXT NOT NULL,
  UNIQUE (hall_code, desk_no, year, serial)
) STRICT;
CREATE INDEX cases_received_at ON cases (received_at);
CREATE INDEX cases_received_on ON cases (received_on);
CREATE INDEX cases_applicant_name ON cases (applicant_name);
CREATE INDEX cases_applicant_id_number ON cases (applicant_id_number);
CREATE INDEX cases_applicant_phone ON cases (applicant_phone);

-- One sub-task per item and department (联审联办).
CREATE TABLE case_items (
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  position INTEGER NOT NULL,
  item_code TEXT NOT NULL,
  item_version INTEGER NOT NULL,
  item_name TEXT NOT NULL,
  department TEXT NOT NULL,
  promised_days INTEGER NOT NULL,
  promised_date TEXT,
  PRIMARY KEY (case_no, position),
  FOREIGN KEY (item_code, item_version) REFERENCES catalogue_items (code, version)
) STRICT;

CREATE TABLE case_materials (
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  position INTEGER NOT NULL,
  material_key TEXT NOT NULL,
  spec TEXT NOT NULL,
  applicable INTEGER NOT NULL,
  received_originals INTEGER NOT NULL,
  received_copies INTEGER NOT NULL,
  received_electronic INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('received', 'missing', 'deferred', 'not-applicable')),
  supply_deadline TEXT,
  PRIMARY KEY (case_no, position),
  UNIQUE (case_no, material_key)
) STRICT;
`,
};
