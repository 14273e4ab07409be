import type { Db } from '../../db/open-database';

export function caseExists(db: Db, caseNo: string): boolean {
  return db.prepare('SELECT 1 FROM cases WHERE case_no = ?').get(caseNo) !== undefined;
}
