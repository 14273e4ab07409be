import { randomInt } from 'node:crypto';
import { queryCodeAlphabet, queryCodeLength } from '../../../shared/print/status-url';
import type { Db } from '../../db/open-database';
import { fillMissingQueryCode, findQueryCode } from '../cases/case-repository';

/** A fresh query code: 11 characters (54 bits), no look-alikes (0/O, 1/I/L). */
export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < queryCodeLength; i += 1) code += queryCodeAlphabet[randomInt(queryCodeAlphabet.length)];
  return code;
}

export function readQueryCode(db: Db, caseNo: string): string | null {
  return findQueryCode(db, caseNo);
}

/**
 * The case's query code, made now if it has none (cases registered before migration 0003 got
 * one there, and the trigger gives every new case one; this is the last safety net). Call in
 * the transaction that prints.
 */
export function ensureQueryCode(db: Db, caseNo: string, code: string = newQueryCode()): string {
  fillMissingQueryCode(db, caseNo, code);
  return readQueryCode(db, caseNo)!;
}
