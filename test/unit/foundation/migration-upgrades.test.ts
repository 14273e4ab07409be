import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import {
  freshLatestStore,
  healthReport,
  schemaOf,
  seedRepresentativeData,
  snapshot,
  storeAtVersion,
  updateToVersion,
} from '../../helpers/migration-harness';

const earlierVersions = Array.from({ length: migrations.length - 1 }, (_, index) => index + 1);

describe('upgrading a store from every earlier version', () => {
  it.each(earlierVersions)('from version %i: data kept, schema as fresh, integrity and foreign keys intact', (version) => {
    const db = storeAtVersion(version);
    seedRepresentativeData(db);
    const before = snapshot(db);

    expect(migrate(db)).toBe(migrations.length);

    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(healthReport(db)).toEqual({ integrity: ['ok'], foreignKeyViolations: [] });
    expect(schemaOf(db)).toEqual(schemaOf(freshLatestStore()));
    const after = snapshot(db);
    for (const [table, keys] of before.keys) expect({ table, keys: after.keys.get(table) }).toEqual({ table, keys });
  });

  it('seeds rows in every table of the latest schema, so each upgrade has something to carry', () => {
    const db = freshLatestStore();
    seedRepresentativeData(db);
    const empty = [...snapshot(db).keys].filter(([, keys]) => keys.length === 0).map(([table]) => table);
    // A table listed here came with a migration that has no rows in test/helpers/migration-seeds.ts:
    // add an entry under that migration's name (the harness itself needs no change).
    expect(empty, 'tables without representative rows').toEqual([]);
    expect(healthReport(db)).toEqual({ integrity: ['ok'], foreignKeyViolations: [] });
  });
});

describe('updateToVersion', () => {
  it('stops at the version asked for, and goes on from there later', () => {
    const db = storeAtVersion(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    updateToVersion(db, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(migrate(db)).toBe(migrations.length);
  });

  it("cannot be tricked into shortening the app's own migration list", () => {
    expect(Object.isFrozen(migrations)).toBe(true);
    expect(() => (migrations as unknown as unknown[]).pop()).toThrow(TypeError);
  });
});
