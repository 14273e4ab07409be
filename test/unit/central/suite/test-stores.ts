import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { wrapPglite } from '../../../../src/central/db/pglite-sql';
import { openPostgresSql } from '../../../../src/central/db/postgres-sql';
import type { Sql } from '../../../../src/central/db/sql';
import { skipOrFail } from '../../../helpers/full-suite';

/** A PostgreSQL the suite runs against; every test gets its own schema and drops it after. */
export interface TestStore {
  name: string;
  /** Starts the database once, before the first test needs it (PGlite takes seconds). */
  warmUp(): Promise<void>;
  openSchema(schema: string): Promise<Sql>;
  dropSchema(schema: string): Promise<void>;
  shutdown(): Promise<void>;
}

export const freshSchemaName = (): string => `t_${randomUUID().replaceAll('-', '').slice(0, 20)}`;

/** One PGlite per test file: starting one takes a couple of seconds, a schema takes milliseconds. */
function pgliteStore(): TestStore {
  let shared: Promise<PGlite> | undefined;
  const instance = () => (shared ??= PGlite.create('memory://'));
  return {
    name: 'PGlite (in memory)',
    warmUp: async () => {
      await instance();
    },
    openSchema: async (schema) => wrapPglite(await instance(), { schema, closeDatabase: false }),
    dropSchema: async (schema) => {
      const db = await instance();
      await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await db.query('SET search_path TO public');
    },
    shutdown: async () => {
      if (shared !== undefined) await (await shared).close();
    },
  };
}

function postgresStore(connectionString: string): TestStore {
  return {
    name: 'PostgreSQL server',
    warmUp: async () => undefined,
    openSchema: (schema) => openPostgresSql({ connectionString, schema }),
    dropSchema: async (schema) => {
      const admin = await openPostgresSql({ connectionString });
      try {
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await admin.close();
      }
    },
    shutdown: async () => undefined,
  };
}

/** PGlite always; a real server too when CENTRAL_TEST_DATABASE_URL names one. */
export function availableTestStores(): TestStore[] {
  const url = process.env.CENTRAL_TEST_DATABASE_URL?.trim();
  if (!url) {
    skipOrFail(
      'central suite: PostgreSQL server run skipped: CENTRAL_TEST_DATABASE_URL is not set (e.g. postgres://halldesk:halldesk@127.0.0.1:5432/postgres); PGlite run only',
    );
    return [pgliteStore()];
  }
  return [pgliteStore(), postgresStore(url)];
}
