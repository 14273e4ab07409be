import pg from 'pg';
import { copyFromStdin } from './postgres-copy';
import type { Sql, SqlParam, SqlQueries } from './sql';
import { copyHead, copyText, quotedSchema, sqlErrorCode } from './sql';

const int8 = 20;
const date = 1082;

const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === int8) return (value: string) => Number(value);
    if (oid === date) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** Deadlocks and serialisation failures: the transaction did nothing and may simply run again. */
const retryableCodes = new Set(['40P01', '40001']);
const maxAttempts = 3;

export interface PostgresOptions {
  connectionString: string;
  /** Tests put each run in its own schema. */
  schema?: string;
}

export async function openPostgresSql(options: PostgresOptions): Promise<Sql> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    types: typeParsers,
    max: 10,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${quotedSchema(options.schema)}` }),
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  if (options.schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quotedSchema(options.schema)}`);
  else await pool.query('SELECT 1');

  const queries = (target: pg.Pool | pg.PoolClient): SqlQueries => ({
    async query<Row extends object>(text: string, params: readonly SqlParam[] = []) {
      const result = await target.query<Row>(text, [...params]);
      return result.rows;
    },
    async copyRows(table, columns, rows) {
      if (!(target instanceof pg.Pool)) return copyFromStdin(target, copyHead(table, columns), copyText(rows));
      const client = await target.connect();
      try {
        await copyFromStdin(client, copyHead(table, columns), copyText(rows));
      } finally {
        client.release();
      }
    },
  });

  async function attempt<T>(work: (tx: SqlQueries) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const value = await work(queries(client));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  return {
    ...queries(pool),
    async transaction(work) {
      for (let tries = 1; ; tries++) {
        try {
          return await attempt(work);
        } catch (error) {
          if (tries >= maxAttempts || !retryableCodes.has(sqlErrorCode(error) ?? '')) throw error;
        }
      }
    },
    close: () => pool.end(),
    description: `PostgreSQL ${redactedUrl(options.connectionString)}`,
  };
}

function redactedUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return '(connection string)';
  }
}
