import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import type { Sql, SqlParam, SqlQueries } from './sql';
import { copyHead, copyText, quotedSchema } from './sql';

export const inMemoryDataDir = 'memory://';

const parsers = {
  [types.INT8]: (value: string) => Number(value),
  [types.DATE]: (value: string) => value,
};

export interface PgliteOptions {
  /** A folder, or 'memory://' for a database that lives only as long as the process. */
  dataDir: string;
  /** Tests put each run in its own schema of a shared database. */
  schema?: string;
}

export async function openPgliteSql(options: PgliteOptions): Promise<Sql> {
  let unlock: () => void = () => undefined;
  if (options.dataDir !== inMemoryDataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    unlock = lockDataDir(options.dataDir);
  }
  try {
    const db = await PGlite.create(options.dataDir, { parsers });
    const sql = await wrapPglite(db, { schema: options.schema, closeDatabase: true, description: `PGlite ${options.dataDir}` });
    return {
      ...sql,
      close: async () => {
        await sql.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** An already open PGlite (tests share one per file: starting one takes seconds). */
export async function wrapPglite(
  db: PGlite,
  options: { schema?: string | undefined; closeDatabase: boolean; description?: string },
): Promise<Sql> {
  if (options.schema !== undefined) {
    const schema = quotedSchema(options.schema);
    await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    // PGlite has a single session, so this holds for every later query through this wrapper.
    await db.query(`SET search_path TO ${schema}`);
  }
  const queries = (target: Pick<PGlite, 'query'>): SqlQueries => ({
    async query<Row extends object>(text: string, params: readonly SqlParam[] = []) {
      const result = await target.query<Row>(text, [...params], { parsers });
      return result.rows;
    },
    async copyRows(table, columns, rows) {
      await target.query(`${copyHead(table, columns)} FROM '/dev/blob'`, [], { blob: new Blob([copyText(rows)]) });
    },
  });
  return {
    ...queries(db),
    transaction: (work) => db.transaction((tx) => work(queries(tx))),
    close: async () => {
      if (options.closeDatabase) await db.close();
    },
    description: options.description ?? 'PGlite',
  };
}
