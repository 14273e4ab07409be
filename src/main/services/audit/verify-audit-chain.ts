import type { Db } from '../../db/open-database';
import { auditRowHash, genesisHash } from './audit-log';
import { iterateAuditRows } from './audit-repository';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first row whose content or link does not match, or null when the chain holds. */
  brokenAtSeq: number | null;
}

/** Walks the whole chain in order; a gap in seq, a changed field or a relinked row breaks it. */
export function verifyAuditChain(db: Db): AuditVerification {
  let previousHash = genesisHash;
  let expectedSeq = 1;
  let checked = 0;
  for (const row of iterateAuditRows(db)) {
    const { hash, ...rest } = row;
    if (row.seq !== expectedSeq || row.prev_hash !== previousHash || auditRowHash(rest) !== hash) {
      return { ok: false, checked, brokenAtSeq: row.seq };
    }
    previousHash = hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, brokenAtSeq: null };
}
