import { z } from 'zod';
import { hallCodeSchema, hallNameSchema } from '../../shared/contract/fields';
import type { Sql } from '../db/sql';
import { startHallFeed } from '../publish/feed-queries';
import { insertHallIfNew, renameHall } from './hall-queries';

export const createHallInputSchema = z.object({ code: hallCodeSchema, name: hallNameSchema });
export type CreateHallInput = z.output<typeof createHallInputSchema>;

export interface Hall {
  code: string;
  name: string;
}

/** Creating a hall that exists renames it: scripts may run the same setup twice. */
export async function createHall(sql: Sql, input: CreateHallInput): Promise<Hall & { created: boolean }> {
  return sql.transaction(async (tx) => {
    const created = await insertHallIfNew(tx, input.code, input.name);
    if (!created) await renameHall(tx, input.code, input.name);
    else await startHallFeed(tx, input.code);
    return { code: input.code, name: input.name, created };
  });
}
