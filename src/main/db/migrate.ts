import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { migrations as allMigrations, type Migration } from './migrations';

// The one list of the app's migrations: frozen, so a test can only pass its own list, never
// shorten or extend this one for the tests that run after it.
Object.freeze(allMigrations);

/**
 * Applies the numbered migrations past `user_version`, each in its own transaction together
 * with the version bump, so a crash leaves the store at the last whole step.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = allMigrations): number {
  return updateToVersion(db, migrations.length, migrations);
}

/**
 * Brings the store to exactly `version` (tests stop at an older one to insert data of that
 * time, as Signal Desktop's migration tests do). Refuses a store newer than the code knows.
 */
export function updateToVersion(db: Database.Database, version: number, migrations: readonly Migration[] = allMigrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new AppError(
      'CONFLICT',
      `数据库版本（${current}）高于本程序支持的版本（${latest}），请安装新版受理台后再打开，切勿用旧版本覆盖数据。`,
    );
  }
  for (const migration of migrations.slice(current, version)) {
    // Immediate, and the version read again under the write lock: two processes opening one
    // store at once apply each step once.
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return Math.max(current, Math.min(version, latest));
}
