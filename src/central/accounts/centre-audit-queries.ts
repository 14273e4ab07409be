import { z } from 'zod';
import type { SqlQueries } from '../db/sql';

const auditRowSchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor_id: z.string().nullable(),
  actor_staff_no: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entity_id: z.string().nullable(),
  detail: z.string(),
  prev_hash: z.string(),
  hash: z.string(),
});
export type CentreAuditRow = z.infer<typeof auditRowSchema>;

/** Any fixed number: appends wait for each other, so two cannot take the same seq. */
const auditLockKey = 4_790_014;

/** The last link, with the append lock held until the transaction ends. */
export async function lockLastAuditLink(tx: SqlQueries): Promise<{ seq: number; hash: string } | null> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [auditLockKey]);
  const rows = await tx.query('SELECT seq, hash FROM centre_audit_log ORDER BY seq DESC LIMIT 1');
  return rows.map((row) => z.object({ seq: z.number(), hash: z.string() }).parse(row))[0] ?? null;
}

export async function insertAuditRow(tx: SqlQueries, row: CentreAuditRow): Promise<void> {
  await tx.query(
    `INSERT INTO centre_audit_log (seq, at, actor_id, actor_staff_no, action, entity, entity_id, detail, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [row.seq, row.at, row.actor_id, row.actor_staff_no, row.action, row.entity, row.entity_id, row.detail, row.prev_hash, row.hash],
  );
}

/** Rows after `afterSeq`, in order, `limit` at a time (the chain check pages through the whole log). */
export async function readAuditRows(sql: SqlQueries, afterSeq: number, limit: number): Promise<CentreAuditRow[]> {
  const rows = await sql.query(
    `SELECT seq, at, actor_id, actor_staff_no, action, entity, entity_id, detail, prev_hash, hash
     FROM centre_audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`,
    [afterSeq, limit],
  );
  return rows.map((row) => auditRowSchema.parse(row));
}
