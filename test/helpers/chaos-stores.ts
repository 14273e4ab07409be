import { openPgliteSql } from '../../src/central/db/pglite-sql';
import { openPostgresSql } from '../../src/central/db/postgres-sql';
import type { Sql } from '../../src/central/db/sql';
import { freshSchemaName } from '../unit/central/suite/test-stores';

/**
 * The centre's store in the chaos test: PGlite in a folder always; a PostgreSQL server (a schema
 * of its own) too when CENTRAL_TEST_DATABASE_URL is set.
 */
export interface ChaosStore {
  name: string;
  /** CENTRAL_DATABASE_URL for the centre process; '' for PGlite in its data folder. */
  databaseUrl: string;
  open(centreDir: string): Promise<Sql>;
  cleanUp(): Promise<void>;
  /**
   * Resolves with what it saw once the centre process holds a batch transaction open (PostgreSQL
   * only: PGlite lives inside the centre process, where nothing outside can watch it); null if
   * `given up` turns true first.
   */
  batchTransactionOpen?(givenUp: () => boolean): Promise<string | null>;
}

/** Statements only a batch's transaction runs: the ledger insert (or its COPY) and the cases it writes. */
const batchStatements = '(received_events|INSERT INTO cases|INSERT INTO batches|\\mCOPY\\M)';

export function chaosStores(): ChaosStore[] {
  const pglite: ChaosStore = {
    name: 'PGlite',
    databaseUrl: '',
    open: (centreDir) => openPgliteSql({ dataDir: centreDir }),
    cleanUp: async () => undefined,
  };
  const url = process.env.CENTRAL_TEST_DATABASE_URL?.trim();
  if (!url) return [pglite];
  const schema = freshSchemaName();
  // The centre's connections carry this name, so pg_stat_activity tells them from everyone else's.
  const applicationName = `halldesk-chaos-${schema}`;
  const centreUrl = new URL(url);
  centreUrl.searchParams.set('options', `-c search_path=${schema}`);
  centreUrl.searchParams.set('application_name', applicationName);
  const server: ChaosStore = {
    name: 'PostgreSQL server',
    databaseUrl: centreUrl.toString(),
    open: () => openPostgresSql({ connectionString: url, schema }),
    cleanUp: async () => {
      const admin = await openPostgresSql({ connectionString: url });
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => admin.close());
    },
    batchTransactionOpen: async (givenUp) => {
      const watcher = await openPostgresSql({ connectionString: url });
      try {
        while (!givenUp()) {
          const [open] = await watcher.query<{ state: string; query: string }>(
            `SELECT state, left(query, 60) AS query FROM pg_stat_activity
              WHERE application_name = $1 AND xact_start IS NOT NULL AND state IN ('active', 'idle in transaction')
                AND query ~* $2 LIMIT 1`,
            [applicationName, batchStatements],
          );
          if (open) return `${open.state}: ${open.query.replace(/\s+/g, ' ')}`;
        }
        return null;
      } finally {
        await watcher.close();
      }
    },
  };
  return [pglite, server];
}
