import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database';

const statementsByStore = new WeakMap<Db, Map<string, Statement>>();

/**
 * The store's compiled statement for this SQL, compiled once per open store: the sync hot path runs
 * the same few statements for every batch, and compiling them again each time cost more than
 * running them. Callers only run, get or all it: never change its mode (pluck, raw, expand, bind),
 * since every caller of the same SQL shares it. A closed store's statements go with it.
 */
export function cachedStatement(db: Db, sql: string): Statement {
  let statements = statementsByStore.get(db);
  if (statements === undefined) {
    statements = new Map();
    statementsByStore.set(db, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
