import type { SqlQueries } from '../db/sql';

export interface HallRow {
  code: string;
  name: string;
}

/** Whether the hall was new: only a new hall's feed is started. */
export async function insertHallIfNew(tx: SqlQueries, code: string, name: string): Promise<boolean> {
  const inserted = await tx.query<{ code: string }>(
    'INSERT INTO halls (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING code',
    [code, name],
  );
  return inserted.length > 0;
}

export async function renameHall(tx: SqlQueries, code: string, name: string): Promise<void> {
  await tx.query('UPDATE halls SET name = $2 WHERE code = $1', [code, name]);
}

export async function findHall(sql: SqlQueries, code: string): Promise<HallRow | null> {
  const rows = await sql.query<HallRow>('SELECT code, name FROM halls WHERE code = $1', [code]);
  return rows[0] ?? null;
}
