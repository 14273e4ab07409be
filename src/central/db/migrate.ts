import { centralMigrations } from './migrations';
import type { Migration } from './migrations/migration';
import type { Sql } from './sql';

/** Any fixed number: every process that migrates this database takes the same lock. */
const migrationLockKey = 4_790_001;

/**
 * Brings the schema up to date, each migration in its own transaction. Two centres starting
 * against one server wait for each other on an advisory lock instead of racing.
 * Returns the versions it applied.
 */
export async function migrate(sql: Sql, migrations: readonly Migration[] = centralMigrations): Promise<number[]> {
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

export async function schemaVersion(sql: Sql): Promise<number> {
  const rows = await sql.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return rows[0]?.version ?? 0;
}
