import { createHash } from 'node:crypto';
import { auditGenesisHash, auditHashText, type AuditChainRow } from '../../../shared/audit/audit-chain';
import type { Db } from '../../db/open-database';
import { insertAuditRow, lastAuditLink } from './audit-repository';

export interface AuditInput {
  at: string;
  actorId: number | null;
  actorStaffNo: string | null;
  action: string;
  entity?: string | null;
  entityId?: string | null;
  detail?: Record<string, unknown>;
}

/** A desk audit row: the shared chain's fields with the desk's numeric user id, and its own hash. */
export interface AuditRow extends AuditChainRow {
  actor_id: number | null;
  hash: string;
}

export const genesisHash = auditGenesisHash;

/** The hash covers every field a reader relies on, plus the previous row's hash (the chain the centre's log shares). */
export function auditRowHash(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256').update(auditHashText(row)).digest('hex');
}

/**
 * Appends one row; call inside the transaction of the action it records. Called outside one, it
 * opens its own write transaction: the read of the last row and the insert must not interleave
 * with another desk process's append (both would take the same seq).
 */
export function appendAudit(db: Db, input: AuditInput): void {
  if (!db.inTransaction) {
    db.transaction(() => appendAudit(db, input)).immediate();
    return;
  }
  const last = lastAuditLink(db);
  const row: Omit<AuditRow, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: input.at,
    actor_id: input.actorId,
    actor_staff_no: input.actorStaffNo,
    action: input.action,
    entity: input.entity ?? null,
    entity_id: input.entityId ?? null,
    detail: JSON.stringify(input.detail ?? {}),
    prev_hash: last?.hash ?? genesisHash,
  };
  insertAuditRow(db, { ...row, hash: auditRowHash(row) });
}
