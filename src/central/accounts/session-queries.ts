import { z } from 'zod';
import type { SqlQueries } from '../db/sql';

const sessionRowSchema = z.object({
  account_id: z.string(),
  last_seen_at: z.date(),
  expires_at: z.date(),
});
export type SessionRow = z.infer<typeof sessionRowSchema>;

export async function insertSession(
  tx: SqlQueries,
  session: { idHash: string; accountId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await tx.query('INSERT INTO centre_sessions (id_hash, account_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)', [
    session.idHash,
    session.accountId,
    session.now,
    session.expiresAt,
  ]);
}

export async function findSession(sql: SqlQueries, idHash: string): Promise<SessionRow | null> {
  const rows = await sql.query('SELECT account_id::text AS account_id, last_seen_at, expires_at FROM centre_sessions WHERE id_hash = $1', [
    idHash,
  ]);
  return rows.map((row) => sessionRowSchema.parse(row))[0] ?? null;
}

export async function touchSession(sql: SqlQueries, idHash: string, now: Date): Promise<void> {
  await sql.query('UPDATE centre_sessions SET last_seen_at = $2 WHERE id_hash = $1', [idHash, now]);
}

export async function deleteSession(sql: SqlQueries, idHash: string): Promise<void> {
  await sql.query('DELETE FROM centre_sessions WHERE id_hash = $1', [idHash]);
}

/** Ends every session of an account (disabled, password reset or changed). */
export async function deleteAccountSessions(tx: SqlQueries, accountId: string): Promise<void> {
  await tx.query('DELETE FROM centre_sessions WHERE account_id = $1', [accountId]);
}

/** Sessions past their end are removed as new ones start, so the table holds only live ones and a few stale. */
export async function deleteEndedSessions(tx: SqlQueries, now: Date, idleSince: Date): Promise<void> {
  await tx.query('DELETE FROM centre_sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [now, idleSince]);
}
