import type { SqlQueries } from '../db/sql';

export interface ItemVersion {
  code: string;
  version: number;
  hash: string;
}

/** Records each item version the first time it is published; returns those published before with other content. */
export async function recordItemVersions(
  tx: SqlQueries,
  cursor: number,
  items: readonly ItemVersion[],
): Promise<{ item_code: string; version: number }[]> {
  const codes = items.map((i) => i.code);
  const versions = items.map((i) => i.version);
  const hashes = items.map((i) => i.hash);
  await tx.query(
    `INSERT INTO catalogue_item_versions (item_code, version, content_hash, first_cursor)
     SELECT r.item_code, r.version, r.content_hash, $4
     FROM unnest($1::text[], $2::integer[], $3::text[]) AS r(item_code, version, content_hash)
     ORDER BY r.item_code, r.version
     ON CONFLICT (item_code, version) DO NOTHING`,
    [codes, versions, hashes, cursor],
  );
  return tx.query<{ item_code: string; version: number }>(
    `SELECT v.item_code, v.version
     FROM catalogue_item_versions v
     JOIN unnest($1::text[], $2::integer[], $3::text[]) AS r(item_code, version, content_hash)
       ON r.item_code = v.item_code AND r.version = v.version
     WHERE v.content_hash <> r.content_hash
     ORDER BY v.item_code`,
    [codes, versions, hashes],
  );
}
