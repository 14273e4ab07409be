import type { CaseSummary } from '../../../shared/intake/case-types';
import type { Db } from '../../db/open-database';
import { toCaseSummary } from '../cases/case-reader';
import type { CaseRow } from '../cases/case-repository';
import { filterSources, nameWithFilterSources, nameWithItemSources, termSource, type IdSource } from './id-source-queries';
import { keptFilterCount, keptItemCountSql } from './kept-count-queries';
import { termIds, type Params, type SearchFilters, type TermIds } from './term-queries';
import { isTooShort, searchTerms, tooShortMessage } from './search-terms';
import { AppError } from '../../../shared/errors';

export interface CaseSearchRequest {
  query: string;
  todayOnly: boolean;
  state?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  itemCode?: string | undefined;
  clerkStaffNo?: string | undefined;
  page: number;
  pageSize: number;
}

export interface CaseSearchResult {
  total: number;
  rows: CaseSummary[];
}

interface Page {
  total: number;
  ids: number[];
}

/**
 * Counting a condition's matches stops here: enough to know which condition is the narrowest.
 * When several reach it, the first listed drives (the most specific sources come first).
 */
const sizeCap = 50_000;

const countOf = (db: Db, sql: string, params: Params) => (db.prepare(sql).get(params) as { n: number }).n;
const idsOf = (db: Db, sql: string, params: Params) => (db.prepare(sql).all(params) as { id: number }[]).map((r) => r.id);

/**
 * One word and no filter, the commonest search: counted and paged straight from the indexes.
 * The item part (often a large share of all cases) is counted on its index alone, and the text
 * matches are added where they are not among those; the page merges each part's newest ids.
 */
function singleTermPage(db: Db, term: TermIds, params: Params, limit: number, offset: number): Page {
  const codes = term.itemCodes.join(', ');
  const total =
    term.itemCodes.length === 0
      ? countOf(db, `SELECT count(*) AS n FROM (${term.text})`, params)
      : countOf(
          db,
          `SELECT (${keptItemCountSql(codes)})
             + (SELECT count(*) FROM (${term.text}) o
                WHERE NOT EXISTS (SELECT 1 FROM case_item_index x WHERE x.item_code IN (${codes}) AND x.id = o.id)) AS n`,
          params,
        );
  if (total === 0) return { total, ids: [] };
  const parts = [
    `SELECT id FROM (${term.textNewest('@upTo')})`,
    ...term.itemCodes.map(
      (code) => `SELECT id FROM (SELECT id FROM case_item_index WHERE item_code = ${code} ORDER BY id DESC LIMIT @upTo)`,
    ),
  ];
  const sql = `SELECT id FROM (${parts.join(' UNION ')}) ORDER BY id DESC LIMIT @limit OFFSET @offset`;
  return { total, ids: idsOf(db, sql, { ...params, upTo: offset + limit, limit, offset }) };
}

/**
 * Several conditions: the narrowest one (counted up to a cap) lists its ids, and each id is
 * tested against the others on their indexes; a large set is never built only to be intersected.
 */
function narrowestFirstPage(db: Db, sources: IdSource[], params: Params, limit: number, offset: number): Page {
  // Each source is counted only as far as the smallest so far: past it, it cannot be the narrowest.
  let smallest = sizeCap;
  const sizes =
    sources.length === 1
      ? [sizeCap]
      : sources.map((source) => {
          const size = countOf(
            db,
            `SELECT count(*) AS n FROM (${source.upperBound ?? source.ids} LIMIT ${smallest === sizeCap ? sizeCap : smallest + 1})`,
            params,
          );
          smallest = Math.min(smallest, size);
          return size;
        });
  const driver = sources[sizes.indexOf(Math.min(...sizes))]!;
  const tests = sources
    .filter((source) => source !== driver && !(source.subject && driver.covers?.includes(source.subject)))
    .map((source) => source.probe('d.id'));
  // An upper bound ranks the sources; whether the driver's ids are few is known only when counted exactly.
  const narrowest = driver.upperBound
    ? countOf(db, `SELECT count(*) AS n FROM (${driver.ids} LIMIT ${sizeCap})`, params)
    : Math.min(...sizes);
  const body = `FROM (${driver.ids}) d ${tests.length ? `WHERE ${tests.join(' AND ')}` : ''}`;
  if (narrowest < sizeCap) {
    // Few enough to list once: the count and the page come from the same pass.
    const all = idsOf(db, `SELECT d.id AS id ${body} ORDER BY d.id DESC`, params);
    return { total: all.length, ids: all.slice(offset, offset + limit) };
  }
  const total = countOf(db, `SELECT count(*) AS n ${body}`, params);
  if (total === 0) return { total, ids: [] };
  return {
    total,
    ids: idsOf(db, `SELECT d.id AS id ${body} ORDER BY d.id DESC LIMIT @limit OFFSET @offset`, { ...params, limit, offset }),
  };
}

/** One filter alone: its total is kept by the triggers, and its own index gives the page. */
function keptCountPage(db: Db, total: number, source: IdSource, params: Params, limit: number, offset: number): Page {
  if (total === 0) return { total, ids: [] };
  return {
    total,
    ids: idsOf(db, `SELECT d.id AS id FROM (${source.ids}) d ORDER BY d.id DESC LIMIT @limit OFFSET @offset`, { ...params, limit, offset }),
  };
}

/** Every case: the total is the kept count of search rows (counting a million index entries takes tens of ms). */
function everyCasePage(db: Db, limit: number, offset: number): Page {
  const total = countOf(db, 'SELECT cases AS n FROM case_search_total WHERE one = 1', {});
  // Ids start at 1: written as a range, the plan shows the walk from the newest the LIMIT stops.
  const page = 'SELECT id FROM case_search WHERE id > 0 ORDER BY id DESC LIMIT @limit OFFSET @offset';
  return { total, ids: idsOf(db, page, { limit, offset }) };
}

/**
 * Cases matching every word of the query and every filter, newest registered first, one page
 * of them with the total. Works on the search index's integer ids; `cases` is read only for
 * the rows of the page.
 */
export function searchCaseIndex(db: Db, request: CaseSearchRequest, today: string, extra?: SearchFilters['extra']): CaseSearchResult {
  const filters: SearchFilters = {
    receivedFrom: request.todayOnly ? today : request.receivedFrom,
    receivedTo: request.todayOnly ? today : request.receivedTo,
    state: request.state,
    itemCode: request.itemCode,
    clerkStaffNo: request.clerkStaffNo,
    extra,
  };
  const params: Params = {};
  const words = searchTerms(request.query);
  if (words.some(isTooShort)) throw new AppError('VALIDATION', tooShortMessage, 'query');
  const terms = words.map((term, index) => termIds(db, term, index, params));
  const sources = [
    ...nameWithItemSources(terms, filters, params),
    ...nameWithFilterSources(terms, filters, params),
    ...terms.map((term) => termSource(term)),
    ...filterSources(filters, params),
  ];
  const limit = request.pageSize;
  const offset = (request.page - 1) * request.pageSize;
  const kept = terms.length === 0 ? keptFilterCount(db, filters) : null;
  const page =
    sources.length === 0
      ? everyCasePage(db, limit, offset)
      : kept !== null
        ? keptCountPage(db, kept, sources[0]!, params, limit, offset)
        : terms.length === 1 && sources.length === 1
          ? singleTermPage(db, terms[0]!, params, limit, offset)
          : narrowestFirstPage(db, sources, params, limit, offset);
  return { total: page.total, rows: readSummaries(db, page.ids) };
}

function readSummaries(db: Db, ids: number[]): CaseSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      'SELECT c.*, s.id AS search_id FROM case_search s JOIN cases c ON c.case_no = s.case_no WHERE s.id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify(ids)) as (CaseRow & { search_id: number })[];
  const byId = new Map(rows.map((row) => [row.search_id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCaseSummary(row)] : [];
  });
}
