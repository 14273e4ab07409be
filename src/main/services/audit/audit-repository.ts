import type { Db } from '../../db/open-database';
import type { AuditRow } from './audit-log';

export function lastAuditLink(db: Db): { seq: number; hash: string } | undefined {
  return db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
}

export function insertAuditRow(db: Db, row: AuditRow): void {
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor_id, actor_staff_no, action, entity, entity_id, detail, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @actor_staff_no, @action, @entity, @entity_id, @detail, @prev_hash, @hash)`,
  ).run(row);
}

/** The whole log in order, one row at a time (the chain check walks it without loading it). */
export function iterateAuditRows(db: Db): IterableIterator<AuditRow> {
  return db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>;
}
