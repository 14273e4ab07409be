import { z } from 'zod';
import { hallCodeSchema, hallNameSchema } from '../../shared/contract/fields';
import type { Sql } from '../db/sql';
import { startHallFeed } from '../publish/feed-queries';

export const createHallInputSchema = z.object({ code: hallCodeSchema, name: hallNameSchema });
export type CreateHallInput = z.output<typeof createHallInputSchema>;

export interface Hall {
  code: string;
  name: string;
}

/** Creating a hall that exists renames it: scripts may run the same setup twice. */
export async function createHall(sql: Sql, input: CreateHallInput): Promise<Hall & { created: boolean }> {
  return sql.transaction(async (tx) => {
    const inserted = await tx.query('INSERT INTO halls (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING code', [
      input.code,
      input.name,
    ]);
    if (inserted.length === 0) await tx.query('UPDATE halls SET name = $2 WHERE code = $1', [input.code, input.name]);
    else await startHallFeed(tx, input.code);
    return { code: input.code, name: input.name, created: inserted.length > 0 };
  });
}

export async function findHall(sql: Pick<Sql, 'query'>, code: string): Promise<Hall | null> {
  const rows = await sql.query<Hall>('SELECT code, name FROM halls WHERE code = $1', [code]);
  return rows[0] ?? null;
}
