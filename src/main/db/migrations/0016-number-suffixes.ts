import type { Migration } from './index';

/** The numbers a case is found by the end of, each as written on the case (the letters in capitals). */
const numbers = ['upper(c.case_no)', 'upper(c.applicant_id_number)', 'c.applicant_phone'];

/** `value` written backwards: SQLite has no reverse(), and triggers cannot use CTEs. */
const reversed = (value: string) =>
  `(SELECT group_concat(substr(${value}, -pos, 1), '' ORDER BY pos) FROM gram_positions WHERE pos <= length(${value}))`;

/** The reversed numbers of the cases `c` joined to their search rows `s`. */
const suffixRows = (where: string) =>
  numbers.map(
    (value) => `SELECT ${reversed(value)} AS reversed, s.id AS id FROM cases c JOIN case_search s ON s.case_no = c.case_no
    WHERE ${where} AND length(${value}) > 0`,
  );

/** Keeps one case's rows: `where` picks it in `cases c` / `case_search s`. */
const keepCase = (where: string) => `  INSERT OR IGNORE INTO case_number_suffixes (reversed, id)
    ${suffixRows(where).join('\n    UNION ALL ')};`;

/**
 * Issue 11, search at a million cases: a whole ID number, phone or case number, or its tail, was
 * looked up through the trigram index, where the digit trigrams of any number are in most cases.
 * case_number_suffixes holds each case's case number, ID number and phone written backwards, so a
 * number that ends in the digits typed is one range of one index (its tail is the front of the
 * reversed number). Kept from cases and case_search by triggers, in the transaction of the case
 * write; only the phone changes after registration (更正), the others are kept the same way.
 */
export const numberSuffixes: Migration = {
  version: 16,
  name: 'number-suffixes',
  sql: /* sql */ `
CREATE TABLE case_number_suffixes (
  reversed TEXT NOT NULL,
  id INTEGER NOT NULL,
  PRIMARY KEY (reversed, id)
) STRICT, WITHOUT ROWID;
INSERT OR IGNORE INTO case_number_suffixes (reversed, id)
  SELECT reversed, id FROM (${suffixRows('1').join('\n  UNION ALL ')}) ORDER BY reversed, id;
CREATE INDEX case_number_suffixes_id ON case_number_suffixes (id);

CREATE TRIGGER case_number_suffixes_insert AFTER INSERT ON case_search
BEGIN
${keepCase('s.id = NEW.id')}
END;
CREATE TRIGGER case_number_suffixes_delete AFTER DELETE ON case_search
BEGIN
  DELETE FROM case_number_suffixes WHERE id = OLD.id;
END;
CREATE TRIGGER case_number_suffixes_update AFTER UPDATE OF applicant_id_number, applicant_phone ON cases
BEGIN
  DELETE FROM case_number_suffixes WHERE id = (SELECT id FROM case_search WHERE case_no = NEW.case_no);
${keepCase('c.case_no = NEW.case_no')}
END;
`,
};
