import { randomInt } from 'node:crypto';
import { queryCodeAlphabet, queryCodeLength } from '../../../shared/print/status-url';
import type { Db } from '../../db/open-database';

/** A fresh query code: 11 characters (54 bits), no look-alikes (0/O, 1/I/L). */
export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < queryCodeLength; i += 1) code += queryCodeAlphabet[randomInt(queryCodeAlphabet.length)];
  return code;
}

export function readQueryCode(db: Db, caseNo: string): string | null {
  return (
    (db.prepare('SELECT query_code FROM cases WHERE case_no = ?').get(caseNo) as { query_code: string | null } | undefined)?.query_code ??
    null
  );
}

/**
 * The case's query code, made now if it has none (cases registered before migration 0003 got
 * one there, and the trigger gives every new case one; this is the last safety net). Call in
 * the transaction that prints.
 */
export function ensureQueryCode(db: Db, caseNo: string, code: string = newQueryCode()): string {
  db.prepare('UPDATE cases SET query_code = ? WHERE case_no = ? AND query_code IS NULL').run(code, caseNo);
  return readQueryCode(db, caseNo)!;
}
