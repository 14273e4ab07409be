import { satisfiedLevels } from '../../../shared/ratings/rating-levels';
import type { Migration } from './index';

/*
 * Daily report summaries: every figure of 统计报表 summed per day and group, kept by triggers in the
 * transaction of the write that changes it (whoever writes), so a month is a few hundred rows
 * whatever the number of cases. Each trigger takes the changed case's share out before the
 * write and puts it back after, both worked out by the same statements as the full rebuild.
 */

type Dimension = 'clerk' | 'item' | 'department';
const dimensions: Dimension[] = ['clerk', 'item', 'department'];

/** The rows of table alias `t` (cases or ratings) by group of a dimension, as the reports count them. */
function grouped(dimension: Dimension): { join: string; key: string } {
  if (dimension === 'clerk') return { join: '', key: 't.clerk_staff_no' };
  if (dimension === 'item') return { join: 'JOIN case_items i ON i.case_no = t.case_no', key: 'i.item_code' };
  // A joint case counts once per department: at its first item there.
  return {
    join: `JOIN case_items i ON i.case_no = t.case_no
      AND (i.position = 0
        OR NOT EXISTS (SELECT 1 FROM case_items j WHERE j.case_no = i.case_no AND j.department = i.department AND j.position < i.position))`,
    key: 'i.department',
  };
}

const countColumns = ['received', 'correction_notices', 'refusals', 'accepted', 'deferred', 'ratings', 'satisfied', 'bad_ratings'] as const;
type CountColumn = (typeof countColumns)[number];
const when = (condition: string) => `sum(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
const satisfied = `t.level IN (${satisfiedLevels.map((l) => `'${l}'`).join(', ')})`;
const paused = 'EXISTS (SELECT 1 FROM case_pauses p WHERE p.case_no = t.case_no)';

interface CountFamily {
  table: 'cases' | 'ratings';
  day: string;
  where: string;
  sums: Partial<Record<CountColumn, string>>;
}

/** A case voided as registered by mistake (作废) was never an application: no count has it. */
const notVoided = "t.state <> 'voided'";

const countFamilies: CountFamily[] = [
  {
    table: 'cases',
    day: 't.received_on',
    where: `t.received_on IS NOT NULL AND ${notVoided}`,
    sums: { received: 'count(*)', correction_notices: when("t.decision = 'correction-notice'"), refusals: when("t.decision = 'refuse'") },
  },
  {
    table: 'cases',
    day: 't.accepted_on',
    where: `t.accepted_on IS NOT NULL AND ${notVoided}`,
    sums: { accepted: 'count(*)', deferred: when("t.decision = 'accept-deferred'") },
  },
  {
    table: 'ratings',
    day: 't.rated_on',
    where: '1',
    sums: { ratings: 'count(*)', satisfied: when(satisfied), bad_ratings: when('t.is_bad = 1') },
  },
];

/** Which rows a statement covers: one case's, one rating's, or all (a rebuild). */
export interface Scope {
  cases: string;
  ratings: string;
}
const allRows: Scope = { cases: '1', ratings: '1' };
const ofCase = (caseNo: string): Scope => ({ cases: `t.case_no = ${caseNo}`, ratings: `t.case_no = ${caseNo}` });

function countStatement(family: CountFamily, dimension: Dimension, sign: 1 | -1, scope: Scope): string {
  const { join, key } = grouped(dimension);
  const values = countColumns.map((column) => (family.sums[column] ? `${sign} * ${family.sums[column]}` : '0'));
  const filter = family.table === 'cases' ? scope.cases : scope.ratings;
  return `INSERT INTO report_daily_counts (day, dimension, key, ${countColumns.join(', ')})
  SELECT ${family.day}, '${dimension}', ${key}, ${values.join(', ')} FROM ${family.table} t ${join}
  WHERE ${family.where} AND ${filter} GROUP BY ${family.day}, ${key}
  ON CONFLICT (day, dimension, key) DO UPDATE SET ${countColumns.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')};`;
}

/** Finished cases by decision day and acceptance day (working days are counted at report time). */
function finishedStatements(dimension: Dimension, sign: 1 | -1, scope: Scope): string[] {
  const { join, key } = grouped(dimension);
  const where = `t.decided_on IS NOT NULL AND t.accepted_on IS NOT NULL AND ${scope.cases}`;
  const finished = `INSERT INTO report_daily_finished (day, dimension, key, accepted_on, finished, unpaused, on_time)
  SELECT t.decided_on, '${dimension}', ${key}, t.accepted_on, ${sign} * count(*), ${sign} * ${when(`NOT ${paused}`)},
    ${sign} * ${when(`NOT ${paused} AND t.decided_on <= t.promised_date`)}
  FROM cases t ${join} WHERE ${where} GROUP BY t.decided_on, ${key}, t.accepted_on
  ON CONFLICT (day, dimension, key, accepted_on) DO UPDATE SET
    finished = finished + excluded.finished, unpaused = unpaused + excluded.unpaused, on_time = on_time + excluded.on_time;`;
  // Cases whose clock stopped: listed, for the report to work out their due date in JS.
  const pausedList =
    sign === 1
      ? `INSERT OR IGNORE INTO report_paused_finished (day, dimension, key, case_no)
  SELECT DISTINCT t.decided_on, '${dimension}', ${key}, t.case_no FROM cases t ${join} WHERE ${where} AND ${paused};`
      : `DELETE FROM report_paused_finished WHERE dimension = '${dimension}' AND case_no IN (SELECT t.case_no FROM cases t WHERE ${scope.cases});
  DELETE FROM report_paused_results WHERE case_no IN (SELECT t.case_no FROM cases t WHERE ${scope.cases});`;
  return [finished, pausedList];
}

type Part = 'cases' | 'finished' | 'ratings';
function statements(parts: readonly Part[], dims: readonly Dimension[], sign: 1 | -1, scope: Scope): string {
  return dims
    .flatMap((dimension) => [
      ...(parts.includes('cases')
        ? countFamilies.filter((f) => f.table === 'cases').map((f) => countStatement(f, dimension, sign, scope))
        : []),
      ...(parts.includes('ratings')
        ? countFamilies.filter((f) => f.table === 'ratings').map((f) => countStatement(f, dimension, sign, scope))
        : []),
      ...(parts.includes('finished') ? finishedStatements(dimension, sign, scope) : []),
    ])
    .join('\n');
}

/** Empties the summaries and sums them again from the cases and ratings (the rebuild command). */
export const rebuildReportSummariesSql = `
DELETE FROM report_daily_counts;
DELETE FROM report_daily_finished;
DELETE FROM report_paused_finished;
DELETE FROM report_paused_results;
${statements(['cases', 'finished', 'ratings'], dimensions, 1, allRows)}`;

/** A trigger pair: the share of `caseNo` out before the write, back in after it. */
function around(
  name: string,
  event: string,
  caseNoBefore: string,
  caseNoAfter: string,
  parts: Part[],
  dims: Dimension[],
  condition = '',
): string {
  const whenClause = condition ? `WHEN ${condition}` : '';
  return `
CREATE TRIGGER ${name}_before BEFORE ${event} ${whenClause}
BEGIN
${statements(parts, dims, -1, ofCase(caseNoBefore))}
END;
CREATE TRIGGER ${name}_after AFTER ${event} ${whenClause}
BEGIN
${statements(parts, dims, 1, ofCase(caseNoAfter))}
END;`;
}

const searchIdOf = (caseNo: string) => `(SELECT id FROM case_search WHERE case_no = ${caseNo})`;

/** The one-character grams of a case's name under each of its items (`where` picks the item rows `x`). */
const itemNameGrams = (where: string) => `
  INSERT OR IGNORE INTO case_item_grams (item_code, gram, id)
    SELECT x.item_code, lower(substr(c.applicant_name, p.pos, 1)), x.id
    FROM case_item_index x JOIN case_search s ON s.id = x.id JOIN cases c ON c.case_no = s.case_no
      JOIN gram_positions p ON p.pos <= length(c.applicant_name)
    WHERE ${where};`;

/**
 * Search. case_item_index carries the search row's filter columns, so an item filter with a
 * clerk, state or date is one range of one index. case_item_grams holds each name character
 * under each item of the case, so "one name character + an item" (a set of a few thousand
 * inside two of a hundred thousand) is read directly rather than intersected.
 */
const searchSql = /* sql */ `
CREATE INDEX cases_serial ON cases (serial);

ALTER TABLE case_item_index ADD COLUMN received_on TEXT;
ALTER TABLE case_item_index ADD COLUMN state TEXT;
ALTER TABLE case_item_index ADD COLUMN clerk_staff_no TEXT;
UPDATE case_item_index SET (received_on, state, clerk_staff_no) =
  (SELECT s.received_on, s.state, s.clerk_staff_no FROM case_search s WHERE s.id = case_item_index.id);
CREATE INDEX case_item_index_clerk ON case_item_index (item_code, clerk_staff_no, id);
CREATE INDEX case_item_index_state ON case_item_index (item_code, state, id);
CREATE INDEX case_item_index_received ON case_item_index (item_code, received_on, id);
CREATE INDEX case_item_index_id ON case_item_index (id);

CREATE TRIGGER case_item_index_filters AFTER INSERT ON case_item_index
BEGIN
  UPDATE case_item_index SET (received_on, state, clerk_staff_no) =
    (SELECT s.received_on, s.state, s.clerk_staff_no FROM case_search s WHERE s.id = NEW.id)
  WHERE item_code = NEW.item_code AND id = NEW.id;
  ${itemNameGrams('x.item_code = NEW.item_code AND x.id = NEW.id')}
END;
CREATE TRIGGER case_item_index_follow AFTER UPDATE OF received_on, state, clerk_staff_no ON case_search
BEGIN
  UPDATE case_item_index SET received_on = NEW.received_on, state = NEW.state, clerk_staff_no = NEW.clerk_staff_no WHERE id = NEW.id;
END;

CREATE TABLE case_item_grams (
  item_code TEXT NOT NULL,
  gram TEXT NOT NULL,
  id INTEGER NOT NULL,
  PRIMARY KEY (item_code, gram, id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_item_grams_id ON case_item_grams (id);
${itemNameGrams('1')}
CREATE TRIGGER case_item_grams_forget AFTER DELETE ON case_item_index
BEGIN
  DELETE FROM case_item_grams WHERE item_code = OLD.item_code AND id = OLD.id;
END;
CREATE TRIGGER case_item_grams_rename AFTER UPDATE OF applicant_name ON cases WHEN OLD.applicant_name IS NOT NEW.applicant_name
BEGIN
  DELETE FROM case_item_grams WHERE id = ${searchIdOf('NEW.case_no')};
  ${itemNameGrams(`x.id = ${searchIdOf('NEW.case_no')}`)}
END;
`;

const reportColumns = ['received_on', 'accepted_on', 'decided_on', 'decision', 'clerk_staff_no', 'promised_date', 'state'];
// Of the state, only voiding (作废) changes a figure; every other step leaves the sums alone.
const reportColumnsChanged = [
  ...reportColumns.filter((c) => c !== 'state').map((c) => `OLD.${c} IS NOT NEW.${c}`),
  "(OLD.state = 'voided') IS NOT (NEW.state = 'voided')",
].join(' OR ');
const itemDims: Dimension[] = ['item', 'department'];

/**
 * Issue 11, speed: search indexes (above), a case number's serial typed alone, and the daily
 * report summaries.
 */
export const speed: Migration = {
  version: 11,
  name: 'speed',
  sql: /* sql */ `
${searchSql}

CREATE TABLE report_daily_counts (
  day TEXT NOT NULL,
  dimension TEXT NOT NULL,
  key TEXT NOT NULL,
  ${countColumns.map((c) => `${c} INTEGER NOT NULL`).join(',\n  ')},
  PRIMARY KEY (dimension, day, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE report_daily_finished (
  day TEXT NOT NULL,
  dimension TEXT NOT NULL,
  key TEXT NOT NULL,
  accepted_on TEXT NOT NULL,
  finished INTEGER NOT NULL,
  unpaused INTEGER NOT NULL,
  on_time INTEGER NOT NULL,
  PRIMARY KEY (dimension, day, key, accepted_on)
) STRICT, WITHOUT ROWID;

CREATE TABLE report_paused_finished (
  day TEXT NOT NULL,
  dimension TEXT NOT NULL,
  key TEXT NOT NULL,
  case_no TEXT NOT NULL,
  PRIMARY KEY (dimension, day, key, case_no)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_paused_finished_case ON report_paused_finished (case_no);

-- Their results as last worked out (JS, with the calendar named by its stamp): forgotten by the
-- triggers whenever the case's finished share is taken out, so only a changed case is redone.
CREATE TABLE report_paused_results (
  case_no TEXT PRIMARY KEY,
  calendar_stamp TEXT NOT NULL,
  on_time INTEGER NOT NULL,
  days INTEGER
) STRICT, WITHOUT ROWID;

${rebuildReportSummariesSql}

CREATE TRIGGER report_case_insert AFTER INSERT ON cases
BEGIN
${statements(['cases', 'finished'], ['clerk'], 1, ofCase('NEW.case_no'))}
END;
${around('report_case_update', `UPDATE OF ${reportColumns.join(', ')} ON cases FOR EACH ROW`, 'OLD.case_no', 'NEW.case_no', ['cases', 'finished'], dimensions, reportColumnsChanged)}
CREATE TRIGGER report_case_delete BEFORE DELETE ON cases
BEGIN
${statements(['cases', 'finished'], dimensions, -1, ofCase('OLD.case_no'))}
END;
${around('report_item_insert', 'INSERT ON case_items FOR EACH ROW', 'NEW.case_no', 'NEW.case_no', ['cases', 'finished', 'ratings'], itemDims)}
${around('report_item_update', 'UPDATE OF case_no, position, item_code, department ON case_items FOR EACH ROW', 'OLD.case_no', 'NEW.case_no', ['cases', 'finished', 'ratings'], itemDims)}
${around('report_item_delete', 'DELETE ON case_items FOR EACH ROW', 'OLD.case_no', 'OLD.case_no', ['cases', 'finished', 'ratings'], itemDims)}
CREATE TRIGGER report_rating_insert AFTER INSERT ON ratings
BEGIN
${dimensions.map((d) => countStatement(countFamilies[2]!, d, 1, { cases: '0', ratings: 't.id = NEW.id' })).join('\n')}
END;
${around('report_pause_insert', 'INSERT ON case_pauses FOR EACH ROW', 'NEW.case_no', 'NEW.case_no', ['finished'], dimensions)}
${around('report_pause_update', 'UPDATE ON case_pauses FOR EACH ROW', 'OLD.case_no', 'NEW.case_no', ['finished'], dimensions)}
${around('report_pause_delete', 'DELETE ON case_pauses FOR EACH ROW', 'OLD.case_no', 'OLD.case_no', ['finished'], dimensions)}
`,
};
