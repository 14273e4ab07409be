import type { Db } from '../../db/open-database';
import { reversedRange } from './search-terms';
import type { Params } from './term-queries';

/** The range of case_number_suffixes holding the numbers that end in the term (parameters in `params`). */
function suffixRange(term: string, index: number, params: Params): string {
  const { from, to } = reversedRange(term);
  params[`rf${index}`] = from;
  params[`rt${index}`] = to;
  return `reversed >= @rf${index} AND reversed < @rt${index}`;
}

/** Whether any case number, ID number or phone ends in the term: one probe of the suffix index. */
export function someNumberEndsIn(db: Db, term: string): boolean {
  const params: Params = {};
  return db.prepare(`SELECT 1 AS found FROM case_number_suffixes WHERE ${suffixRange(term, 0, params)} LIMIT 1`).get(params) !== undefined;
}

/** The ids of the cases with a case number, ID number or phone ending in the term, and a test of one id. */
export function numberSuffixIds(term: string, index: number, params: Params): { text: string; textProbe: (id: string) => string } {
  const range = suffixRange(term, index, params);
  return {
    text: `SELECT DISTINCT id FROM case_number_suffixes WHERE ${range}`,
    textProbe: (id) => `EXISTS (SELECT 1 FROM case_number_suffixes WHERE ${range} AND id = ${id})`,
  };
}
