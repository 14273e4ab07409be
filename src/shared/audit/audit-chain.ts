/**
 * The audit log's hash chain, one definition for the desk (SQLite) and the centre (PostgreSQL):
 * each row's hash covers every field a reader relies on plus the previous row's hash, so an
 * edited, deleted or reordered row breaks every link after it. Hashing itself (SHA-256) is the
 * caller's: this module is pure.
 */
export const auditGenesisHash = '0'.repeat(64);

export interface AuditChainRow {
  seq: number;
  at: string;
  /** The desk's numeric user id, the centre's account uuid. */
  actor_id: number | string | null;
  actor_staff_no: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  /** JSON text, hashed as stored. */
  detail: string;
  prev_hash: string;
}

/** The exact text whose SHA-256 (hex) is the row's hash. */
export function auditHashText(row: AuditChainRow): string {
  const fields = [row.seq, row.at, row.actor_id, row.actor_staff_no, row.action, row.entity, row.entity_id, row.detail];
  return `${row.prev_hash}\n${JSON.stringify(fields)}`;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first row whose content or link does not match, or null when the chain holds. */
  brokenAtSeq: number | null;
}

/** Walks rows handed over in seq order: a gap in seq, a changed field or a relinked row breaks the chain. */
export function auditChainWalker(sha256Hex: (text: string) => string) {
  let previousHash = auditGenesisHash;
  let expectedSeq = 1;
  let checked = 0;
  let brokenAtSeq: number | null = null;
  return {
    /** False once the chain is broken (later rows need not be read). */
    next(row: AuditChainRow & { hash: string }): boolean {
      if (brokenAtSeq !== null) return false;
      if (row.seq !== expectedSeq || row.prev_hash !== previousHash || sha256Hex(auditHashText(row)) !== row.hash) {
        brokenAtSeq = row.seq;
        return false;
      }
      previousHash = row.hash;
      expectedSeq += 1;
      checked += 1;
      return true;
    },
    result(): AuditVerification {
      return { ok: brokenAtSeq === null, checked, brokenAtSeq };
    },
  };
}
