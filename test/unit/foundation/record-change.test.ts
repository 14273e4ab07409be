import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { recordChange, type Change } from '../../../src/main/services/record-change';

const change: Change = {
  actor: { id: 1, staffNo: 'A001' },
  at: '2026-03-02T01:30:00Z',
  op: 'user.updated',
  entity: 'user',
  entityId: '1',
  payload: { name: '王管理' },
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

  it('stores the payload once as its canonical JSON: the bytes the desk sends and hashes', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.transaction(() => recordChange(db, { ...change, payload: { name: '王管理', active: true, roles: { z: 1, a: 2 } } }))();
    const row = db.prepare('SELECT payload FROM outbox').get() as { payload: string };
    expect(row.payload).toBe('{"active":true,"name":"王管理","roles":{"a":2,"z":1}}');
  });

  it('takes only the operations of the sync protocol', () => {
    // @ts-expect-error an op the protocol does not have for users
    const unknownOp: Change = { ...change, op: 'user.deleted' };
    // @ts-expect-error an entity the protocol does not have
    const unknownEntity: Change = { ...change, entity: 'invoice' };
    expect([unknownOp.op, unknownEntity.entity]).toEqual(['user.deleted', 'invoice']);
  });
});
