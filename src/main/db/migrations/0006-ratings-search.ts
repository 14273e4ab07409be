import type { Migration } from './index';

/** Longest name the gram side index covers (enterprise names are at most 100 characters). */
const maxGramPosition = 128;

/** The unigrams and bigrams of `name` for search row `id`; SQLite triggers cannot use CTEs. */
const nameGrams = (id: string, name: string) => /* sql */ `
  INSERT OR IGNORE INTO case_name_grams (gram, id)
    SELECT lower(substr(${name}, pos, 1)), ${id} FROM gram_positions WHERE pos <= length(${name})
    UNION ALL
    SELECT lower(substr(${name}, pos, 2)), ${id} FROM gram_positions WHERE pos < length(${name});`;

const searchIdOf = (caseNo: string) => `(SELECT id FROM case_search WHERE case_no = ${caseNo})`;

/**
 * Issue 6: search at scale, and 好差评 with its follow-ups.
 *
 * Search. `case_search` gives every case a stable integer id in registration order (a rowid of
 * `cases` itself may change on VACUUM, since its key is text) and the columns the filters use, so
 * a search works on integer ids and touches `cases` only for the page it shows.
 * - case_fts: FTS5 trigram index (contentless, so the text is not stored twice) of case number,
 *   applicant name, ID or credit code and phone: any substring of 3+ characters.
 * - case_name_grams: the 1- and 2-character substrings of applicant names, for the short terms
 *   a trigram index cannot answer ("三" finds 张三).
 * - case_item_index: the items of each case by item code; an item term is matched against the
 *   (small) catalogue first, then looked up here.
 * Triggers keep all of it in the transaction of the case write, whoever writes.
 *
 * Ratings. An invitation (one per case and stage at a time) is what the applicant-facing rating
 * view shows; a rating answers one, once per case and stage. Ratings are evidence and never change.
 * Each 差评 opens one follow-up, due a hall-set number of working days later, with its call-backs.
 */
export const ratingsSearch: Migration = {
  version: 6,
  name: 'ratings-search',
  sql: /* sql */ `
CREATE TABLE gram_positions (pos INTEGER PRIMARY KEY) STRICT;
WITH RECURSIVE n(pos) AS (SELECT 1 UNION ALL SELECT pos + 1 FROM n WHERE pos < ${maxGramPosition})
INSERT INTO gram_positions (pos) SELECT pos FROM n;

CREATE TABLE case_search (
  id INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL UNIQUE,
  received_on TEXT NOT NULL,
  state TEXT NOT NULL,
  clerk_staff_no TEXT NOT NULL
) STRICT;
CREATE INDEX case_search_state ON case_search (state, id);
CREATE INDEX case_search_received ON case_search (received_on, id);
CREATE INDEX case_search_clerk ON case_search (clerk_staff_no, id);

CREATE VIRTUAL TABLE case_fts USING fts5(
  case_no, applicant_name, id_number, phone,
  content = '', contentless_delete = 1, tokenize = 'trigram', detail = full
);

CREATE TABLE case_name_grams (
  gram TEXT NOT NULL,
  id INTEGER NOT NULL,
  PRIMARY KEY (gram, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_item_index (
  item_code TEXT NOT NULL,
  id INTEGER NOT NULL,
  PRIMARY KEY (item_code, id)
) STRICT, WITHOUT ROWID;

INSERT INTO case_search (case_no, received_on, state, clerk_staff_no)
  SELECT case_no, received_on, state, clerk_staff_no FROM cases ORDER BY received_at, case_no;
INSERT INTO case_fts (rowid, case_no, applicant_name, id_number, phone)
  SELECT s.id, c.case_no, c.applicant_name, c.applicant_id_number, c.applicant_phone
  FROM case_search s JOIN cases c ON c.case_no = s.case_no;
INSERT OR IGNORE INTO case_name_grams (gram, id)
  SELECT lower(substr(c.applicant_name, p.pos, 1)), s.id
  FROM case_search s JOIN cases c ON c.case_no = s.case_no JOIN gram_positions p ON p.pos <= length(c.applicant_name)
  UNION ALL
  SELECT lower(substr(c.applicant_name, p.pos, 2)), s.id
  FROM case_search s JOIN cases c ON c.case_no = s.case_no JOIN gram_positions p ON p.pos < length(c.applicant_name);
INSERT OR IGNORE INTO case_item_index (item_code, id)
  SELECT i.item_code, s.id FROM case_items i JOIN case_search s ON s.case_no = i.case_no;

CREATE TRIGGER case_search_insert AFTER INSERT ON cases
BEGIN
  INSERT INTO case_search (case_no, received_on, state, clerk_staff_no)
    VALUES (NEW.case_no, NEW.received_on, NEW.state, NEW.clerk_staff_no);
  INSERT INTO case_fts (rowid, case_no, applicant_name, id_number, phone)
    VALUES (${searchIdOf('NEW.case_no')}, NEW.case_no, NEW.applicant_name, NEW.applicant_id_number, NEW.applicant_phone);
  ${nameGrams(searchIdOf('NEW.case_no'), 'NEW.applicant_name')}
END;

CREATE TRIGGER case_search_text_update
AFTER UPDATE OF applicant_name, applicant_id_number, applicant_phone ON cases
BEGIN
  DELETE FROM case_fts WHERE rowid = ${searchIdOf('OLD.case_no')};
  INSERT INTO case_fts (rowid, case_no, applicant_name, id_number, phone)
    VALUES (${searchIdOf('NEW.case_no')}, NEW.case_no, NEW.applicant_name, NEW.applicant_id_number, NEW.applicant_phone);
  DELETE FROM case_name_grams WHERE id = ${searchIdOf('OLD.case_no')} AND OLD.applicant_name IS NOT NEW.applicant_name;
  ${nameGrams(searchIdOf('NEW.case_no'), 'NEW.applicant_name')}
END;

CREATE TRIGGER case_search_filter_update AFTER UPDATE OF received_on, state, clerk_staff_no ON cases
BEGIN
  UPDATE case_search SET received_on = NEW.received_on, state = NEW.state, clerk_staff_no = NEW.clerk_staff_no
  WHERE case_no = NEW.case_no;
END;

-- A case number never changes once printed; refuse it rather than let the index drift.
CREATE TRIGGER case_search_no_renumber BEFORE UPDATE OF case_no ON cases WHEN NEW.case_no IS NOT OLD.case_no
BEGIN SELECT RAISE(ABORT, 'a case number never changes'); END;

CREATE TRIGGER case_search_delete AFTER DELETE ON cases
BEGIN
  DELETE FROM case_fts WHERE rowid = ${searchIdOf('OLD.case_no')};
  DELETE FROM case_name_grams WHERE id = ${searchIdOf('OLD.case_no')};
  DELETE FROM case_item_index WHERE id = ${searchIdOf('OLD.case_no')};
  DELETE FROM case_search WHERE case_no = OLD.case_no;
END;

CREATE TRIGGER case_item_index_insert AFTER INSERT ON case_items
BEGIN
  INSERT OR IGNORE INTO case_item_index (item_code, id) SELECT NEW.item_code, id FROM case_search WHERE case_no = NEW.case_no;
END;

CREATE TRIGGER case_item_index_update AFTER UPDATE OF item_code ON case_items
BEGIN
  DELETE FROM case_item_index WHERE item_code = OLD.item_code AND id = ${searchIdOf('OLD.case_no')}
    AND NOT EXISTS (SELECT 1 FROM case_items WHERE case_no = OLD.case_no AND item_code = OLD.item_code);
  INSERT OR IGNORE INTO case_item_index (item_code, id) SELECT NEW.item_code, id FROM case_search WHERE case_no = NEW.case_no;
END;

CREATE TRIGGER case_item_index_delete AFTER DELETE ON case_items
BEGIN
  DELETE FROM case_item_index WHERE item_code = OLD.item_code AND id = ${searchIdOf('OLD.case_no')}
    AND NOT EXISTS (SELECT 1 FROM case_items WHERE case_no = OLD.case_no AND item_code = OLD.item_code);
END;

-- The hall's figures: every column a report reads is in its index, so a month of cases is
-- counted from the index alone (the case number joins the items for 按事项 and 按部门).
CREATE INDEX cases_report_received ON cases (received_on, clerk_staff_no, decision, case_no);
CREATE INDEX cases_report_accepted ON cases (accepted_on, clerk_staff_no, decision, case_no);
CREATE INDEX cases_report_decided ON cases (decided_on, clerk_staff_no, accepted_on, promised_date, case_no)
  WHERE decided_on IS NOT NULL;
CREATE INDEX case_items_report ON case_items (case_no, department, position, item_code);

CREATE TABLE rating_invitations (
  id INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  stage TEXT NOT NULL CHECK (stage IN ('acceptance', 'delivery')),
  token TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('pending', 'rated', 'cancelled')),
  clerk_id INTEGER NOT NULL REFERENCES users (id),
  clerk_staff_no TEXT NOT NULL,
  clerk_name TEXT NOT NULL,
  invited_at TEXT NOT NULL,
  closed_at TEXT
) STRICT;
CREATE INDEX rating_invitations_pending ON rating_invitations (id) WHERE status = 'pending';
CREATE INDEX rating_invitations_case ON rating_invitations (case_no, stage);

CREATE TABLE ratings (
  id INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  stage TEXT NOT NULL CHECK (stage IN ('acceptance', 'delivery')),
  invitation_id INTEGER NOT NULL UNIQUE REFERENCES rating_invitations (id),
  level TEXT NOT NULL CHECK (level IN ('very-satisfied', 'satisfied', 'basic', 'dissatisfied', 'very-dissatisfied')),
  is_bad INTEGER NOT NULL CHECK (is_bad IN (0, 1)),
  scores TEXT NOT NULL,
  comment TEXT,
  clerk_id INTEGER NOT NULL REFERENCES users (id),
  clerk_staff_no TEXT NOT NULL,
  clerk_name TEXT NOT NULL,
  rated_at TEXT NOT NULL,
  rated_on TEXT NOT NULL,
  UNIQUE (case_no, stage)
) STRICT;
CREATE INDEX ratings_report ON ratings (rated_on, clerk_staff_no, level, case_no);
CREATE TRIGGER ratings_no_update BEFORE UPDATE ON ratings
BEGIN SELECT RAISE(ABORT, 'a rating is kept as given'); END;
CREATE TRIGGER ratings_no_delete BEFORE DELETE ON ratings
BEGIN SELECT RAISE(ABORT, 'a rating is kept as given'); END;

CREATE TABLE follow_ups (
  id INTEGER PRIMARY KEY,
  rating_id INTEGER NOT NULL UNIQUE REFERENCES ratings (id),
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  status TEXT NOT NULL CHECK (status IN ('open', 'called-back', 'closed')),
  responsible_id INTEGER NOT NULL REFERENCES users (id),
  responsible_staff_no TEXT NOT NULL,
  responsible_name TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  working_days INTEGER NOT NULL,
  due_date TEXT,
  outcome TEXT CHECK (outcome IN ('fixed', 'explained')),
  outcome_note TEXT,
  closed_at TEXT,
  closed_by_staff_no TEXT,
  closed_by_name TEXT
) STRICT;
CREATE INDEX follow_ups_open_due ON follow_ups (due_date) WHERE status <> 'closed';
CREATE INDEX follow_ups_responsible ON follow_ups (responsible_id, status);

CREATE TABLE follow_up_callbacks (
  id INTEGER PRIMARY KEY,
  follow_up_id INTEGER NOT NULL REFERENCES follow_ups (id),
  at TEXT NOT NULL,
  by_staff_no TEXT NOT NULL,
  by_name TEXT NOT NULL,
  reached INTEGER NOT NULL CHECK (reached IN (0, 1)),
  note TEXT NOT NULL
) STRICT;
CREATE INDEX follow_up_callbacks_of ON follow_up_callbacks (follow_up_id, id);
`,
};
