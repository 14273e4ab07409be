import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { recordChange } from '../../../src/main/services/record-change';

const change = {
  actor: { id: 1, staffNo: 'A001' },
  at: '2026-03-02T01:30:00Z',
  action: 'test.changed',
  entity: 'test',
  entityId: '1',
  payload: {},
};

function count(db: Database.Database, table: string) {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('recordChange', () => {
  it('refuses to run outside the transaction of the change', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(() => recordChange(db, change)).toThrow(/inside the transaction/);
  });

  it('commits the change, its outbox event and its audit row together, or none of them', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO settings VALUES ('k', 'v')").run();
        recordChange(db, change);
        throw new Error('the clerk action fails after recording');
      })(),
    ).toThrow();
    expect([count(db, 'settings'), count(db, 'outbox'), count(db, 'audit_log')]).toEqual([0, 0, 0]);
    db.transaction(() => {
      db.prepare("INSERT INTO settings VALUES ('k', 'v')").run();
      recordChange(db, change);
    })();
    expect([count(db, 'settings'), count(db, 'outbox'), count(db, 'audit_log')]).toEqual([1, 1, 1]);
  });
});
