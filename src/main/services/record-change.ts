import type { Db } from '../db/open-database';
import { appendAudit } from './audit/audit-log';
import { appendOutbox } from './outbox/outbox';

export interface Actor {
  id: number;
  staffNo: string;
}

export interface Change {
  actor: Actor | null;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  /** What the centre receives; never secrets such as password hashes. */
  payload: unknown;
  /** What the audit row keeps; defaults to nothing beyond the action and entity. */
  auditDetail?: Record<string, unknown>;
}

/**
 * The outbox and audit rows of one user action. Must run inside the caller's transaction so the
 * change, its sync event and its audit entry commit together or not at all.
 */
export function recordChange(db: Db, change: Change): void {
  if (!db.inTransaction) throw new Error('recordChange must run inside the transaction of the change');
  appendOutbox(db, {
    entity: change.entity,
    entityId: change.entityId,
    op: change.action,
    payload: change.payload,
    at: change.at,
  });
  appendAudit(db, {
    at: change.at,
    actorId: change.actor?.id ?? null,
    actorStaffNo: change.actor?.staffNo ?? null,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    detail: change.auditDetail ?? {},
  });
}
