import type { SqlQueries } from '../db/sql';
import type { PublicationKind } from './publication';

export interface FeedEntry {
  cursor: number;
  published_at: Date;
}

/**
 * Appends to one hall's feed. The hall's head row hands out the cursor and stays locked until
 * commit, so that hall's cursors become visible in the order they were handed out; other halls
 * publish at the same time without waiting.
 */
export async function appendToHallFeed(
  tx: SqlQueries,
  hallCode: string,
  kind: PublicationKind,
  body: unknown,
): Promise<FeedEntry | undefined> {
  const rows = await tx.query<FeedEntry>(
    `WITH head AS (UPDATE hall_feed_heads SET cursor = cursor + 1 WHERE hall_code = $1 RETURNING cursor)
     INSERT INTO publications (hall_code, cursor, kind, body) SELECT $1, head.cursor, $2, $3::jsonb FROM head
     RETURNING cursor, published_at`,
    [hallCode, kind, JSON.stringify(body)],
  );
  return rows[0];
}

/** A publication for every hall: its body is stored once, and each hall's feed gets an entry pointing at it. */
export async function appendToEveryFeed(tx: SqlQueries, kind: PublicationKind, body: unknown): Promise<FeedEntry[]> {
  const stored = await tx.query<{ id: number }>('INSERT INTO national_publications (kind, body) VALUES ($1, $2::jsonb) RETURNING id', [
    kind,
    JSON.stringify(body),
  ]);
  const id = stored[0]?.id;
  if (id === undefined) throw new Error('national publication insert returned no row');
  return tx.query<FeedEntry>(
    `WITH locked AS (SELECT hall_code FROM hall_feed_heads ORDER BY hall_code FOR UPDATE),
     head AS (UPDATE hall_feed_heads h SET cursor = h.cursor + 1 FROM locked WHERE h.hall_code = locked.hall_code RETURNING h.hall_code, h.cursor)
     INSERT INTO publications (hall_code, cursor, kind, national_id) SELECT head.hall_code, head.cursor, $1, $2 FROM head
     RETURNING cursor, published_at`,
    [kind, id],
  );
}

/**
 * A new hall's feed starts with every publication made for all halls so far, in their order. The
 * share lock waits out a publication for every hall that is under way, and holds off the next one
 * until this hall's head exists, so the new hall gets each of them exactly once.
 */
export async function startHallFeed(tx: SqlQueries, hallCode: string): Promise<void> {
  await tx.query('LOCK TABLE national_publications IN SHARE MODE');
  await tx.query(
    `INSERT INTO publications (hall_code, cursor, kind, national_id, published_at)
     SELECT $1, row_number() OVER (ORDER BY id), kind, id, published_at FROM national_publications`,
    [hallCode],
  );
  await tx.query(
    `INSERT INTO hall_feed_heads (hall_code, cursor) VALUES ($1, (SELECT count(*) FROM publications WHERE hall_code = $1))
     ON CONFLICT (hall_code) DO NOTHING`,
    [hallCode],
  );
}

export interface FeedRow {
  cursor: number;
  kind: PublicationKind;
  body: unknown;
  published_at: Date;
}

/** One page of a hall's feed after `since`, in cursor order (the primary key's order). */
export async function readHallFeed(sql: SqlQueries, hallCode: string, since: number, limit: number): Promise<FeedRow[]> {
  return sql.query<FeedRow>(
    `SELECT p.cursor, p.kind, coalesce(p.body, n.body) AS body, p.published_at
     FROM publications p LEFT JOIN national_publications n ON n.id = p.national_id
     WHERE p.hall_code = $1 AND p.cursor > $2
     ORDER BY p.cursor
     LIMIT $3`,
    [hallCode, since, limit],
  );
}

/** The cursor a desk starting from a snapshot continues from. */
export async function hallFeedHead(sql: SqlQueries, hallCode: string): Promise<number> {
  const rows = await sql.query<{ cursor: number }>('SELECT cursor FROM hall_feed_heads WHERE hall_code = $1', [hallCode]);
  return rows[0]?.cursor ?? 0;
}
