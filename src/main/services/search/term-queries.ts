import type { Db } from '../../db/open-database';
import { itemCodesMatching } from './item-match-queries';
import { numberSuffixIds, someNumberEndsIn } from './number-suffix-queries';
import { characterLength, ftsQuery, isCaseNumber, isNumberSuffix, isNumberTail, trailingSerial, trigramMinLength } from './search-terms';

export interface SearchFilters {
  /** received_on bounds, inclusive (todayOnly sets both to today). */
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  state?: string | undefined;
  itemCode?: string | undefined;
  clerkStaffNo?: string | undefined;
  /** A condition on `s` from elsewhere (the warning level of the supervision service). */
  extra?: { sql: string; params: Record<string, string | number> } | undefined;
}

export type Params = Record<string, string | number>;

/**
 * The ids (case_search.id) matching one word: a substring of case number, name, ID or phone
 * (trigram index, 3+ characters) or of a name (gram index, 1–2 characters), or the cases of any
 * item whose name contains the word. 6+ digits that some number ends in: the numbers ending in them.
 */
export interface TermIds {
  /** SELECT id … for the text match, and the same newest first up to @limit-like `limitParam`. */
  text: string;
  textNewest(limitParam: string): string;
  /** Whether one id matches the text, read at that id (a gram) or from the (small) text matches. */
  textProbe(id: string): string;
  /** Parameter names of the matching item codes. */
  itemCodes: string[];
  /** One name character: its parameter name, for the item-and-character index. */
  nameCharacter?: string;
}

/** The parameter names of the codes of the items whose names contain the term. */
function itemCodeParams(db: Db, term: string, index: number, params: Params): string[] {
  return itemCodesMatching(db, term).map((code, k) => {
    params[`c${index}_${k}`] = code;
    return `@c${index}_${k}`;
  });
}

export function termIds(db: Db, term: string, index: number, params: Params): TermIds {
  if (isNumberSuffix(term) && someNumberEndsIn(db, term)) {
    // A whole number or its tail, as clerks type them: the numbers that end in it, from the
    // suffix index. Digits from the middle of a number (a birth date) end none, and fall through
    // to the trigram index below.
    const { text, textProbe } = numberSuffixIds(term, index, params);
    return {
      text,
      textNewest: (limit) => `${text} ORDER BY id DESC LIMIT ${limit}`,
      textProbe,
      itemCodes: itemCodeParams(db, term, index, params),
    };
  }
  let text: string;
  let textNewest: (limit: string) => string;
  let textProbe = (id: string) => `${id} IN (${text})`;
  if (characterLength(term) >= trigramMinLength) {
    const { match, verify } = ftsQuery(term);
    params[`m${index}`] = match;
    if (!verify) {
      text = `SELECT rowid AS id FROM case_fts WHERE case_fts MATCH @m${index}`;
      textNewest = (limit) => `${text} ORDER BY rowid DESC LIMIT ${limit}`;
    } else {
      params[`t${index}`] = term.toLowerCase();
      const contains = ['case_no', 'applicant_name', 'applicant_id_number', 'applicant_phone'].map(
        (column) => `instr(lower(c.${column}), @t${index}) > 0`,
      );
      text = `SELECT case_fts.rowid AS id FROM case_fts JOIN case_search v ON v.id = case_fts.rowid JOIN cases c ON c.case_no = v.case_no
        WHERE case_fts MATCH @m${index} AND (${contains.join(' OR ')})`;
      textNewest = (limit) => `${text} ORDER BY case_fts.rowid DESC LIMIT ${limit}`;
    }
  } else {
    params[`g${index}`] = term.toLowerCase();
    text = `SELECT id FROM case_name_grams WHERE gram = @g${index}`;
    textNewest = (limit) => `${text} ORDER BY id DESC LIMIT ${limit}`;
    textProbe = (id) => `EXISTS (SELECT 1 FROM case_name_grams g WHERE g.gram = @g${index} AND g.id = ${id})`;
  }
  if (isNumberTail(term) || isCaseNumber(term)) {
    // The serial typed alone, of any length, or a case number (or its tail) in full: the case
    // numbers that end in it, found by their serial.
    params[`n${index}`] = trailingSerial(term)!;
    params[`tail${index}`] = term.toUpperCase();
    const serial = `SELECT s.id FROM cases c JOIN case_search s ON s.case_no = c.case_no
      WHERE c.serial = @n${index} AND substr(upper(c.case_no), -length(@tail${index})) = @tail${index}`;
    const alone = characterLength(term) < trigramMinLength || isCaseNumber(term);
    const plain = text;
    text = alone ? serial : `${plain} UNION ${serial}`;
    textNewest = (limit) => `SELECT id FROM (${text}) ORDER BY id DESC LIMIT ${limit}`;
    textProbe = (id) => `${id} IN (${text})`;
  }
  const itemCodes = itemCodeParams(db, term, index, params);
  const nameCharacter = characterLength(term) === 1 && !isNumberTail(term) ? `@g${index}` : undefined;
  return { text, textNewest, textProbe, itemCodes, ...(nameCharacter ? { nameCharacter } : {}) };
}
