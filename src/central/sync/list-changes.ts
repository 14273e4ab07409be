import { z } from 'zod';
import type { Sql } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import { readHallFeed } from '../publish/feed-queries';
import type { PublicationKind } from '../publish/publication';

export const defaultChangesLimit = 100;
export const maxChangesLimit = 500;

const integer = (message: string) =>
  z
    .string()
    .regex(/^\d{1,15}$/, message)
    .transform(Number);

export const changesQuerySchema = z.object({
  since: integer('since 应为不小于 0 的整数（上次收到的 nextCursor）').default(0),
  limit: integer(`limit 应为 1 至 ${maxChangesLimit} 的整数`)
    .pipe(z.number().min(1, `limit 应为 1 至 ${maxChangesLimit} 的整数`).max(maxChangesLimit, `limit 应为 1 至 ${maxChangesLimit} 的整数`))
    .default(defaultChangesLimit),
});
export type ChangesQuery = z.output<typeof changesQuerySchema>;

export interface Change {
  cursor: number;
  kind: PublicationKind;
  body: unknown;
  publishedAt: string;
}

export interface ChangesPage {
  changes: Change[];
  /** Send it back as `since` next time; it never goes backwards. */
  nextCursor: number;
  hasMore: boolean;
}

/** The desk's hall's feed (what the centre published for every hall or for this one) after `since`, in cursor order. */
export async function listChanges(sql: Sql, desk: AuthenticatedDesk, query: ChangesQuery): Promise<ChangesPage> {
  const rows = await readHallFeed(sql, desk.hallCode, query.since, query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    changes: page.map((row) => ({ cursor: row.cursor, kind: row.kind, body: row.body, publishedAt: row.published_at.toISOString() })),
    nextCursor: page.at(-1)?.cursor ?? query.since,
    hasMore: rows.length > query.limit,
  };
}
