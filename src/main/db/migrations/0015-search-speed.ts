import type { Migration } from './index';

/** The counted columns of a search row, by facet. */
const facets = [
  ['state', 'state'],
  ['clerk', 'clerk_staff_no'],
  ['day', 'received_on'],
] as const;

/** Adds (1) or takes away (-1) one search row, `row` (NEW or OLD), from its counts. */
const countRow = (sign: 1 | -1, row: 'NEW' | 'OLD') =>
  facets
    .map(
      ([facet, column]) => `  INSERT INTO case_search_counts (facet, key, n) VALUES ('${facet}', ${row}.${column}, ${sign})
    ON CONFLICT (facet, key) DO UPDATE SET n = n + excluded.n;`,
    )
    .join('\n');

/**
 * Issue 11, search at a million cases, the two searches still slow after 0011:
 * - case_name_chars: each one-character gram of a name with the case's filter columns (receiving
 *   day, state, clerk), so "one name character + state + month" is one range of one index
 *   (a few hundred entries) instead of tens of thousands of ids tested one by one. Kept from
 *   case_name_grams and case_search by triggers, in the transaction of the case write.
 * - case_search_total: the number of search rows, kept by triggers, so the unfiltered list (the
 *   commonest first screen) knows its total without counting a million index entries.
 * - case_search_counts: the same per state, clerk, receiving day and item, so one filter alone (or
 *   an item word) is counted from a few rows rather than from up to a hundred thousand entries.
 */
export const searchSpeed: Migration = {
  version: 15,
  name: 'search-speed',
  sql: /* sql */ `
CREATE TABLE case_name_chars (
  gram TEXT NOT NULL,
  id INTEGER NOT NULL,
  received_on TEXT NOT NULL,
  state TEXT NOT NULL,
  clerk_staff_no TEXT NOT NULL,
  PRIMARY KEY (gram, id)
) STRICT, WITHOUT ROWID;
INSERT INTO case_name_chars (gram, id, received_on, state, clerk_staff_no)
  SELECT g.gram, g.id, s.received_on, s.state, s.clerk_staff_no
  FROM case_name_grams g JOIN case_search s ON s.id = g.id WHERE length(g.gram) = 1 ORDER BY g.gram, g.id;
CREATE INDEX case_name_chars_received ON case_name_chars (gram, received_on, id);
CREATE INDEX case_name_chars_state ON case_name_chars (gram, state, received_on, id);
CREATE INDEX case_name_chars_clerk ON case_name_chars (gram, clerk_staff_no, received_on, id);
CREATE INDEX case_name_chars_id ON case_name_chars (id);

CREATE TRIGGER case_name_chars_insert AFTER INSERT ON case_name_grams WHEN length(NEW.gram) = 1
BEGIN
  INSERT OR IGNORE INTO case_name_chars (gram, id, received_on, state, clerk_staff_no)
    SELECT NEW.gram, s.id, s.received_on, s.state, s.clerk_staff_no FROM case_search s WHERE s.id = NEW.id;
END;
CREATE TRIGGER case_name_chars_delete AFTER DELETE ON case_name_grams WHEN length(OLD.gram) = 1
BEGIN
  DELETE FROM case_name_chars WHERE gram = OLD.gram AND id = OLD.id;
END;
CREATE TRIGGER case_name_chars_follow AFTER UPDATE OF received_on, state, clerk_staff_no ON case_search
BEGIN
  UPDATE case_name_chars SET received_on = NEW.received_on, state = NEW.state, clerk_staff_no = NEW.clerk_staff_no WHERE id = NEW.id;
END;

CREATE TABLE case_search_total (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  cases INTEGER NOT NULL
) STRICT;
INSERT INTO case_search_total (one, cases) SELECT 1, count(*) FROM case_search;
CREATE TRIGGER case_search_total_insert AFTER INSERT ON case_search
BEGIN
  UPDATE case_search_total SET cases = cases + 1 WHERE one = 1;
END;
CREATE TRIGGER case_search_total_delete AFTER DELETE ON case_search
BEGIN
  UPDATE case_search_total SET cases = cases - 1 WHERE one = 1;
END;
CREATE TABLE case_search_counts (
  facet TEXT NOT NULL,
  key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (facet, key)
) STRICT, WITHOUT ROWID;
INSERT INTO case_search_counts (facet, key, n)
  SELECT 'state', state, count(*) FROM case_search GROUP BY state
  UNION ALL SELECT 'clerk', clerk_staff_no, count(*) FROM case_search GROUP BY clerk_staff_no
  UNION ALL SELECT 'day', received_on, count(*) FROM case_search GROUP BY received_on
  UNION ALL SELECT 'item', item_code, count(*) FROM case_item_index GROUP BY item_code;
CREATE TRIGGER case_search_counts_insert AFTER INSERT ON case_search
BEGIN
${countRow(1, 'NEW')}
END;
CREATE TRIGGER case_search_counts_delete AFTER DELETE ON case_search
BEGIN
${countRow(-1, 'OLD')}
END;
CREATE TRIGGER case_search_counts_update AFTER UPDATE OF state, clerk_staff_no, received_on ON case_search
BEGIN
${countRow(-1, 'OLD')}
${countRow(1, 'NEW')}
END;
CREATE TRIGGER case_search_counts_item_insert AFTER INSERT ON case_item_index
BEGIN
  INSERT INTO case_search_counts (facet, key, n) VALUES ('item', NEW.item_code, 1)
    ON CONFLICT (facet, key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER case_search_counts_item_delete AFTER DELETE ON case_item_index
BEGIN
  UPDATE case_search_counts SET n = n - 1 WHERE facet = 'item' AND key = OLD.item_code;
END;
`,
};
