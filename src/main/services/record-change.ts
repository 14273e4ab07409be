import type { SyncOperation } from '../../shared/sync/protocol';
import type { Db } from '../db/open-database';
import { appendAudit } from './audit/audit-log';
import { appendOutbox } from './outbox/outbox-repository';

export interface Actor {
  id: number;
  staffNo: string;
}

/**
 * One user action as the centre receives it: a typed operation of the sync protocol (its entity,
 * one of that entity's ops, and its payload; never secrets such as password hashes).
 */
export type Change = SyncOperation & {
  actor: Actor | null;
  at: string;
  entityId: string;
  /** What the audit row keeps; defaults to nothing beyond the op and entity. */
  auditDetail?: Record<string, unknown>;
};

/**
 * The outbox and audit rows of one user action. Must run inside the caller's transaction so the
 * change, its sync event and its audit entry commit together or not at all. The audit action is
 * the operation's name.
 */
export function recordChange(db: Db, change: Change): void {
  if (!db.inTransaction) throw new Error('recordChange must run inside the transaction of the change');
  const { actor, auditDetail, ...event } = change;
  appendOutbox(db, event);
  appendAudit(db, {
    at: change.at,
    actorId: actor?.id ?? null,
    actorStaffNo: actor?.staffNo ?? null,
    action: change.op,
    entity: change.entity,
    entityId: change.entityId,
    detail: auditDetail ?? {},
  });
}
