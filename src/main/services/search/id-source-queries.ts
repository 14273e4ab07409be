import type { Params, SearchFilters, TermIds } from './term-queries';

/**
 * One condition of a search as a set of case_search ids: all of them (`ids`), and a test of one
 * id (`probe`) that reads an index at that id only, so a large set is never built to be tested.
 */
export interface IdSource {
  ids: string;
  probe(id: string): string;
  /** The same ids or more, cheaper to count (no de-duplication): to rank the sources by size. */
  upperBound?: string;
  /** The word (or the filters) this source is the matches of. */
  subject?: Subject;
  /** Words or filters whose sources this one implies: when it drives, they need no test. */
  covers?: readonly Subject[];
}

/** What a source stands for: one word of the query, or the filters together. */
type Subject = TermIds | SearchFilters;

/** The probe of a source that never changes the result (it only narrows what another implies). */
const implied = () => '1';

const inItems = (codes: string[], id: string) =>
  `EXISTS (SELECT 1 FROM case_item_index x WHERE x.item_code IN (${codes.join(', ')}) AND x.id = ${id})`;

export function termSource(term: TermIds): IdSource {
  if (term.itemCodes.length === 0) return { ids: term.text, probe: term.textProbe, subject: term };
  const items = `SELECT id FROM case_item_index WHERE item_code IN (${term.itemCodes.join(', ')})`;
  return {
    ids: `${term.text} UNION ${items}`,
    upperBound: `${term.text} UNION ALL ${items}`,
    probe: (id) => `(${term.textProbe(id)} OR ${inItems(term.itemCodes, id)})`,
    subject: term,
  };
}

/**
 * One name character with an item (the item filter, or another word's items): read together
 * from the item-and-character index. Redundant with the sources it combines (it never changes
 * the result, so it needs no test of its own), it is listed first to drive when it is narrow.
 */
export function nameWithItemSources(terms: TermIds[], filters: SearchFilters, params: Params): IdSource[] {
  const sources: IdSource[] = [];
  for (const term of terms) {
    const gram = term.nameCharacter;
    if (!gram || term.itemCodes.length > 0) continue;
    if (filters.itemCode) {
      params.itemCode = filters.itemCode;
      sources.push({
        ids: `SELECT id FROM case_item_grams WHERE item_code = @itemCode AND gram = ${gram}`,
        probe: implied,
        covers: [term],
      });
    }
    for (const other of terms) {
      if (other === term || other.itemCodes.length === 0) continue;
      sources.push({
        ids: `SELECT id FROM case_item_grams WHERE gram = ${gram} AND item_code IN (${other.itemCodes.join(', ')})
          UNION SELECT o.id FROM (${other.text}) o WHERE ${term.textProbe('o.id')}`,
        probe: implied,
        covers: [term, other],
      });
    }
  }
  return sources;
}

/**
 * One name character with the state, clerk or receiving-day filters and no item: read together
 * from the character index that carries them (case_name_chars), one range of its index that
 * matches most of the filters. Redundant with the word's and the filters' sources, as above.
 */
export function nameWithFilterSources(terms: TermIds[], filters: SearchFilters, params: Params): IdSource[] {
  if (filters.itemCode || filters.extra) return [];
  const conditions = (
    [
      ['received_on', '>=', 'receivedFrom', filters.receivedFrom],
      ['received_on', '<=', 'receivedTo', filters.receivedTo],
      ['state', '=', 'state', filters.state],
      ['clerk_staff_no', '=', 'clerk', filters.clerkStaffNo],
    ] as const
  ).flatMap(([column, op, name, value]) => {
    if (!value) return [];
    params[name] = value;
    return [`n.${column} ${op} @${name}`];
  });
  if (conditions.length === 0) return [];
  return terms
    .filter((term) => term.nameCharacter && term.itemCodes.length === 0)
    .map((term) => ({
      ids: `SELECT n.id AS id FROM case_name_chars n WHERE n.gram = ${term.nameCharacter!} AND ${conditions.join(' AND ')}`,
      probe: implied,
      covers: [term, filters],
    }));
}

/**
 * The filters as sources. The item filter reads the item index, which carries the case's
 * clerk, state and receiving day, so with an item every filter is one index range; without
 * one, the search row's own indexes serve.
 */
export function filterSources(filters: SearchFilters, params: Params): IdSource[] {
  const sources: IdSource[] = [];
  const item = Boolean(filters.itemCode);
  const table = item ? 'x' : 's';
  // Each condition twice: to list ids, and with `+` (no index) to test the row found by its id,
  // so SQLite never walks another index to test one row. Listing, a date range is the index to
  // walk when there is one (a month is a twelfth of a year; a state can be most of all cases).
  const dated = Boolean(filters.receivedFrom || filters.receivedTo);
  const where: string[] = [];
  const tests: string[] = [];
  const bound = (column: string, op: string, name: string, value: string | undefined) => {
    if (!value) return;
    where.push(`${dated && !item && column !== 'received_on' ? '+' : ''}${table}.${column} ${op} @${name}`);
    tests.push(`+${table}.${column} ${op} @${name}`);
    params[name] = value;
  };
  bound('received_on', '>=', 'receivedFrom', filters.receivedFrom);
  bound('received_on', '<=', 'receivedTo', filters.receivedTo);
  bound('state', '=', 'state', filters.state);
  bound('clerk_staff_no', '=', 'clerk', filters.clerkStaffNo);
  if (filters.itemCode) {
    params.itemCode = filters.itemCode;
    const conditions = ['x.item_code = @itemCode', ...where].join(' AND ');
    sources.push({
      subject: filters,
      ids: `SELECT x.id AS id FROM case_item_index x WHERE ${conditions}`,
      probe: (id) =>
        `EXISTS (SELECT 1 FROM case_item_index x WHERE x.item_code = @itemCode AND x.id = ${id}${tests.map((t) => ` AND ${t}`).join('')})`,
    });
    where.length = 0;
    tests.length = 0;
  }
  if (filters.extra) {
    where.push(`(${filters.extra.sql})`);
    tests.push(`(${filters.extra.sql})`);
    Object.assign(params, filters.extra.params);
  }
  if (where.length > 0) {
    sources.push({
      ...(item ? {} : { subject: filters }),
      ids: `SELECT s.id FROM case_search s WHERE ${where.join(' AND ')}`,
      probe: (id) => `EXISTS (SELECT 1 FROM case_search s WHERE s.id = ${id} AND ${tests.join(' AND ')})`,
    });
  }
  return sources;
}
