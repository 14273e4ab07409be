import { z } from 'zod';
import { ledgerCaseSchema, type DailyLedger } from '../../../shared/ledger/ledger-schemas';
import { caseDocTypes } from '../../../shared/print/doc-types';
import type { Db } from '../../db/open-database';
import { parseRows } from '../../db/parse-row';

const printedCountSchema = z.object({ docType: z.enum(caseDocTypes), originals: z.number(), reprints: z.number() });
type HandedOut = DailyLedger['handedOut'][number];

export interface TimeRange {
  from: string;
  to: string;
}

/** The cases a clerk registered on a hall day, in order. */
export function listClerkCasesOn(db: Db, clerkId: number, day: string): z.output<typeof ledgerCaseSchema>[] {
  const rows = db
    .prepare(
      `SELECT case_no AS caseNo, received_at AS receivedAt, applicant_name AS applicantName, item_names AS itemNames, decision, state
       FROM cases WHERE clerk_id = ? AND received_on = ? ORDER BY received_at`,
    )
    .all(clerkId, day);
  return parseRows(ledgerCaseSchema, rows, '日结案件');
}

/** Documents a clerk printed in the range, originals and 补打 counted by type. */
export function countPrintedByType(db: Db, clerkId: number, range: TimeRange): z.output<typeof printedCountSchema>[] {
  const rows = db
    .prepare(
      `SELECT doc_type AS docType, sum(reprint = 0) AS originals, sum(reprint = 1) AS reprints FROM case_documents
       WHERE clerk_id = ? AND printed_at >= ? AND printed_at < ? GROUP BY doc_type`,
    )
    .all(clerkId, range.from, range.to);
  return parseRows(printedCountSchema, rows, '打印文书');
}

/** Results a clerk handed out (出件) in the range, from the audit log, which names who did it. */
export function listHandedOut(db: Db, clerkId: number, range: TimeRange): HandedOut[] {
  return db
    .prepare(
      `SELECT a.entity_id AS caseNo, a.at, c.applicant_name AS applicantName, json_extract(a.detail, '$.summary') AS summary
       FROM audit_log a JOIN cases c ON c.case_no = a.entity_id
       WHERE a.actor_id = ? AND a.at >= ? AND a.at < ? AND a.action = 'case.updated' AND json_extract(a.detail, '$.event') = 'case.delivered'
       ORDER BY a.seq`,
    )
    .all(clerkId, range.from, range.to) as HandedOut[];
}
