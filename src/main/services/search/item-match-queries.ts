import type { Db } from '../../db/open-database';
import { likeAnywhere } from './search-terms';

/** Enough for any real catalogue; a term matching more is too vague to narrow anything. */
const maxItemCodes = 500;

/**
 * Item codes whose name (in any version) contains the term. The catalogue holds hundreds of
 * items, not millions of cases, so this substring scan is cheap; the cases of those items are
 * then read from the indexed case_item_index.
 */
export function itemCodesMatching(db: Db, term: string): string[] {
  const rows = db
    .prepare(`SELECT DISTINCT code FROM catalogue_items WHERE name LIKE ? ESCAPE '\\' ORDER BY code LIMIT ${maxItemCodes}`)
    .all(likeAnywhere(term)) as { code: string }[];
  return rows.map((row) => row.code);
}
