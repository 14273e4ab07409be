import type { SqlQueries } from '../db/sql';
import type { PublicationKind } from '../../shared/sync/protocol';

export { publicationKinds, type PublicationKind } from '../../shared/sync/protocol';

/** Any fixed number: every publisher takes the same lock. */
const publishLockKey = 4_790_002;

/**
 * Appends to the change feed; call inside a transaction. Publishers take one lock, held until
 * commit, so cursors become visible in the order they were handed out: a desk that has read up
 * to cursor N can never later miss a publication numbered below N that was still uncommitted.
 */
export async function insertPublication(
  tx: SqlQueries,
  kind: PublicationKind,
  hallCode: string | null,
  body: unknown,
): Promise<{ cursor: number; publishedAt: string }> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [publishLockKey]);
  const rows = await tx.query<{ cursor: number; published_at: Date }>(
    `INSERT INTO publications (kind, hall_code, body) VALUES ($1, $2, $3::jsonb) RETURNING cursor, published_at`,
    [kind, hallCode, JSON.stringify(body)],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('publication insert returned no row');
  return { cursor: row.cursor, publishedAt: row.published_at.toISOString() };
}
