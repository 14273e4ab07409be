import { z } from 'zod';
import type { Db } from '../../db/open-database';

const reusedLinesSchema = z.object({ lines: z.number(), cases: z.number() });

export function caseExists(db: Db, caseNo: string): boolean {
  return db.prepare('SELECT 1 FROM cases WHERE case_no = ?').get(caseNo) !== undefined;
}

/** 三减 figure: material lines of cases received in the range that reused a copy on file. */
export function countReusedLines(db: Db, from: string, to: string): { lines: number; cases: number } {
  return reusedLinesSchema.parse(
    db
      .prepare(
        `SELECT count(DISTINCT p.case_no || '/' || p.material_key) AS lines, count(DISTINCT p.case_no) AS cases
       FROM material_pages p JOIN cases c ON c.case_no = p.case_no
       WHERE p.source = 'reuse' AND p.deleted_at IS NULL AND c.state <> 'voided' AND c.received_on BETWEEN ? AND ?`,
      )
      .get(from, to),
  );
}
