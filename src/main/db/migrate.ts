import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { migrations } from './migrations';

/**
 * Applies the numbered migrations past `user_version`, each in its own transaction together
 * with the version bump, so a crash leaves the store at the last whole step.
 */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new AppError(
      'CONFLICT',
      `数据库版本（${current}）高于本程序支持的版本（${latest}），请安装新版受理台后再打开，切勿用旧版本覆盖数据。`,
    );
  }
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest;
}
