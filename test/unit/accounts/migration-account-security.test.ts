import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';

describe('the account-security migration', () => {
  it('keeps existing accounts as they were (no forced change) and adds the per-source counters', () => {
    const db = new Database(':memory:');
    const position = migrations.findIndex((m) => m.name === 'account-security');
    for (const migration of migrations.slice(0, position)) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.prepare(
      "INSERT INTO users (staff_no, name, role, password_hash, created_at, updated_at) VALUES ('A001', '王管理', 'admin', 'h', 'x', 'x')",
    ).run();
    expect(migrate(db)).toBe(migrations.length);
    expect(db.prepare('SELECT must_change_password FROM users').get()).toEqual({ must_change_password: 0 });
    db.prepare("INSERT INTO login_throttle (user_id, source, failures) VALUES (1, 'desktop', 3)").run();
    expect(() => db.prepare("INSERT INTO login_throttle (user_id, source, failures) VALUES (1, 'desktop', 1)").run()).toThrow(/UNIQUE/);
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'login_throttle'").get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT\s*$/);
  });
});
