import type { SqlQueries } from '../db/sql';
import type { PublicationKind } from '../../shared/sync/protocol';
import { appendToEveryFeed, appendToHallFeed } from './feed-queries';

export { publicationKinds, type PublicationKind } from '../../shared/sync/protocol';

/**
 * Appends to the change feed of one hall, or of every hall (hallCode null); call inside a
 * transaction. Each hall has its own cursors, so `cursor` is the hall's, or for every hall the
 * highest any hall got.
 */
export async function insertPublication(
  tx: SqlQueries,
  kind: PublicationKind,
  hallCode: string | null,
  body: unknown,
): Promise<{ cursor: number; publishedAt: string }> {
  if (hallCode !== null) {
    const entry = await appendToHallFeed(tx, hallCode, kind, body);
    if (entry === undefined) throw new Error(`hall ${hallCode} has no feed`);
    return { cursor: entry.cursor, publishedAt: entry.published_at.toISOString() };
  }
  const entries = await appendToEveryFeed(tx, kind, body);
  const cursor = Math.max(0, ...entries.map((e) => e.cursor));
  return { cursor, publishedAt: (entries[0]?.published_at ?? new Date()).toISOString() };
}
