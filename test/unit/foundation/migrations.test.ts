import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered in order, one version per file', () => {
    migrations.forEach((m, index) => expect(m.version).toBe(index + 1));
  });

  it('0001 creates the foundation tables as STRICT, with an append-only audit log', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(tables(db)).toEqual(expect.arrayContaining(['settings', 'users', 'audit_log', 'outbox']));
    for (const table of ['settings', 'users', 'audit_log', 'outbox']) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT\s*$/);
    }
    db.prepare("INSERT INTO audit_log (seq, at, action, prev_hash, hash) VALUES (1, 'x', 'test', 'p', 'h')").run();
    expect(() => db.prepare('UPDATE audit_log SET action = ?').run('edited')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('0002 creates the catalogue, applicant and case tables, with case numbers unique per desk and year', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['catalogue_items', 'applicants', 'case_serials', 'cases', 'case_items', 'case_materials']),
    );
    const casesSql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'cases'").get() as { sql: string }).sql;
    expect(casesSql).toContain('UNIQUE (hall_code, desk_no, year, serial)');
    expect(casesSql).toContain('request_id TEXT NOT NULL UNIQUE');
    expect(db.prepare('PRAGMA foreign_key_list(case_items)').all()).toEqual(
      expect.arrayContaining([expect.objectContaining({ table: 'catalogue_items' })]),
    );
  });

  it('sets user_version and is a no-op when run again', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(migrations.length);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
  });

  it('applies each migration in its own transaction: a failing one leaves the previous version', () => {
    const db = new Database(':memory:');
    const broken = [
      ...migrations,
      { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE t (a) STRICT; SELECT nope FROM missing;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(tables(db)).not.toContain('t');
  });

  it('refuses a database newer than the code with a clear message', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${migrations.length + 5}`);
    expect(() => migrate(db)).toThrow(/高于本程序支持的版本/);
  });
});
