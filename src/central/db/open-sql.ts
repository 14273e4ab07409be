import { openPgliteSql } from './pglite-sql';
import { openPostgresSql } from './postgres-sql';
import type { Sql } from './sql';

export interface StoreConfig {
  /** When set, a PostgreSQL server; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
}

export function openSql(config: StoreConfig): Promise<Sql> {
  return config.databaseUrl === undefined
    ? openPgliteSql({ dataDir: config.dataDir })
    : openPostgresSql({ connectionString: config.databaseUrl });
}
