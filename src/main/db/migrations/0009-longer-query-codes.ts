import { queryCodeAlphabet, queryCodeLength } from '../../../shared/print/status-url';
import type { Migration } from './index';

const randomChar = `substr('${queryCodeAlphabet}', 1 + abs(random() % ${queryCodeAlphabet.length}), 1)`;
const randomQueryCode = Array.from({ length: queryCodeLength }, () => randomChar).join(' || ');

/**
 * Issue 10: new cases get an 11-character query code (54 bits; the protocol promises at least 50).
 * Codes already issued are printed on receipts and stay as they are.
 */
export const longerQueryCodes: Migration = {
  version: 9,
  name: 'longer-query-codes',
  sql: /* sql */ `
DROP TRIGGER cases_query_code;
CREATE TRIGGER cases_query_code AFTER INSERT ON cases WHEN NEW.query_code IS NULL
BEGIN UPDATE cases SET query_code = ${randomQueryCode} WHERE case_no = NEW.case_no; END;
`,
};
