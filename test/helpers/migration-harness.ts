import Database from 'better-sqlite3';
import { migrate, updateToVersion } from '../../src/main/db/migrate';
import { migrations } from '../../src/main/db/migrations';
import { seedsByMigration } from './migration-seeds';

/**
 * Migration tests as Signal Desktop writes them: a store brought to an older version, data of
 * that time inserted, then migrated to the latest and compared. Nothing here names a version:
 * a new migration is covered by the upgrade-from-every-version test as soon as it is in the list
 * (and may add representative rows of its own tables in migration-seeds.ts, keyed by its name).
 */
export { updateToVersion };

/** An in-memory store at exactly `version`, with foreign keys on as the desk opens it. */
export function storeAtVersion(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  updateToVersion(db, version);
  return db;
}

/** Representative rows for every table that exists at the store's version. */
export function seedRepresentativeData(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations.slice(0, version)) seedsByMigration[migration.name]?.(db);
}

export interface StoreSnapshot {
  /** Per table: the primary key (or rowid) of each row, sorted. */
  keys: Map<string, string[]>;
}

/** The ordinary tables (no FTS shadow or virtual ones, no sqlite_ internals). */
export function userTables(db: Database.Database): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];
  const virtual = rows.filter((row) => /CREATE VIRTUAL TABLE/i.test(row.sql)).map((row) => row.name);
  return rows.filter((row) => !virtual.some((v) => row.name === v || row.name.startsWith(`${v}_`))).map((row) => row.name);
}

function rowKeys(db: Database.Database, table: string): string[] {
  const pk = (db.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).all(table) as { name: string }[]).map(
    (c) => c.name,
  );
  const columns = pk.length > 0 ? pk.map((c) => `"${c}"`).join(', ') : 'rowid';
  return (db.prepare(`SELECT ${columns} FROM "${table}"`).raw().all() as unknown[][]).map((row) => JSON.stringify(row)).sort();
}

export function snapshot(db: Database.Database): StoreSnapshot {
  return { keys: new Map(userTables(db).map((table) => [table, rowKeys(db, table)])) };
}

/** What a healthy store reports: integrity 'ok' and no row pointing at a missing one. */
export function healthReport(db: Database.Database): { integrity: string[]; foreignKeyViolations: unknown[] } {
  return {
    integrity: (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check),
    foreignKeyViolations: db.pragma('foreign_key_check') as unknown[],
  };
}

/** The schema as sqlite_master holds it, for comparing an upgraded store with a fresh one. */
export function schemaOf(db: Database.Database): string[] {
  return (
    db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') AS entry FROM sqlite_master ORDER BY type, name").all() as {
      entry: string;
    }[]
  ).map((row) => row.entry);
}

export function freshLatestStore(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
