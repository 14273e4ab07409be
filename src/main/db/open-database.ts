import { chmodSync, existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { damagedStoreError, emptyStoreError, storeOpenError } from './store-problems';

export type Db = Database.Database;

/** The store and its WAL and shared-memory files: readable and writable by the desk's user only. */
export const storeFileMode = 0o600;

function restrictStoreFiles(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, storeFileMode);
}

/**
 * Opens the desk's SQLite store (creating it only when no file is there) and brings its schema
 * up to date. WAL keeps readers off the writer's back; synchronous=FULL makes every clerk's
 * commit durable before the call returns (a power cut at the window must not lose an accepted case).
 *
 * A store that exists is never re-initialised: an empty, damaged, unreadable or read-only one is
 * refused at start with a Chinese message saying how to restore from backup, instead of failing
 * later in the middle of a clerk's work (or becoming a fresh desk anyone could take over).
 */
export function openDatabase(file: string): Db {
  const exists = existsSync(file);
  if (exists && statSync(file).size === 0) throw emptyStoreError(file);
  let db: Db;
  try {
    if (exists) chmodSync(file, storeFileMode);
    db = new Database(file, { fileMustExist: exists });
  } catch (error) {
    throw storeOpenError(file, error);
  }
  try {
    // The busy timeout first: even switching to WAL waits on another desk process's lock.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (exists) checkIntegrity(db, file);
    migrate(db);
    proveWritable(db);
    restrictStoreFiles(file);
    return db;
  } catch (error) {
    db.close();
    throw storeOpenError(file, error);
  }
}

/** quick_check reads every page: a damaged page is found now, not under a clerk's hands later. */
function checkIntegrity(db: Db, file: string): void {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
  if (problems.length > 0) throw damagedStoreError(file, `完整性检查未通过：${problems.join('；').slice(0, 200)}`);
}

/** A read-only file or folder would let the desk start and fail at the first registration. */
function proveWritable(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => db.pragma(`user_version = ${version}`)).immediate();
}
