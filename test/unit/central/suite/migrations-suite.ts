import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/central/db/migrate';
import { centralMigrations } from '../../../../src/central/db/migrations';
import { centreHookTimeout, startTestCentre } from './test-centre';
import type { TestCentre } from './test-centre';
import type { TestStore } from './test-stores';

export function defineMigrationTests(store: TestStore): void {
  let centre: TestCentre;
  beforeEach(async () => {
    centre = await startTestCentre(store);
  }, centreHookTimeout);
  afterEach(async () => {
    await centre.close();
  }, centreHookTimeout);

  it('runs each migration once; running again (even twice at once) changes nothing', async () => {
    const latest = centralMigrations.at(-1)?.version ?? 0;
    expect(await schemaVersion(centre.sql)).toBe(latest);
    const again = await Promise.all([migrate(centre.sql), migrate(centre.sql)]);
    expect(again).toEqual([[], []]);
    const rows = await centre.sql.query<{ version: number; n: number }>(
      'SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version ORDER BY version',
    );
    expect(rows).toEqual(centralMigrations.map((m) => ({ version: m.version, n: 1 })));
  });

  it('creates every table the centre uses', async () => {
    const rows = await centre.sql.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [centre.schema],
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      'batches',
      'cases',
      'catalogue_item_versions',
      'desks',
      'enrolment_codes',
      'halls',
      'publications',
      'received_events',
      'rejected_events',
      'schema_migrations',
    ]);
  });

  it('rolls a failing migration back whole and does not record it', async () => {
    const broken = { version: 999, name: 'broken', statements: ['CREATE TABLE half_done (id int)', 'SELECT no_such_function()'] };
    await expect(migrate(centre.sql, [...centralMigrations, broken])).rejects.toThrow();
    const tables = await centre.sql.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [
      centre.schema,
      'half_done',
    ]);
    expect(tables).toEqual([]);
    expect(await schemaVersion(centre.sql)).toBe(centralMigrations.at(-1)?.version);
  });
}
