import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachedStatement } from '../../../src/main/db/statement-cache';

/** Counts the statements `db` compiles. */
function countingCompiles(db: Database.Database): () => number {
  let compiled = 0;
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    compiled += 1;
    return prepare(sql);
  }) as typeof db.prepare;
  return () => compiled;
}

describe('the statement cache', () => {
  it('compiles a statement once per store, and again for another store', () => {
    const first = new Database(':memory:');
    const second = new Database(':memory:');
    const compiledInFirst = countingCompiles(first);
    const compiledInSecond = countingCompiles(second);
    const sql = 'SELECT ? + 1 AS n';
    for (let i = 0; i < 3; i += 1) expect(cachedStatement(first, sql).get(i)).toEqual({ n: i + 1 });
    expect(cachedStatement(first, 'SELECT 2 AS n').get()).toEqual({ n: 2 });
    expect(compiledInFirst()).toBe(2);
    expect(cachedStatement(second, sql).get(41)).toEqual({ n: 42 });
    expect(cachedStatement(second, sql).database).toBe(second);
    expect(compiledInSecond()).toBe(1);
  });

  it('keeps working across a schema change, as SQLite recompiles the statement itself', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (a INTEGER)');
    const sql = 'SELECT count(*) AS n FROM t';
    expect(cachedStatement(db, sql).get()).toEqual({ n: 0 });
    db.exec('ALTER TABLE t ADD COLUMN b TEXT; INSERT INTO t (a, b) VALUES (1, 2)');
    expect(cachedStatement(db, sql).get()).toEqual({ n: 1 });
  });
});
