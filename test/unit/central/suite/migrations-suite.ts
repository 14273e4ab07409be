import { createHash, randomUUID } from 'node:crypto';
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

  it("0002 learns each desk's declared number formats from the ledger and hashes stored query codes", async () => {
    const sql = centre.sql;
    // Back to 0001's shape: the columns 0002 adds or changes, as they were.
    await sql.query('ALTER TABLE desks DROP COLUMN case_number_formats');
    await sql.query('DELETE FROM schema_migrations WHERE version >= 2');
    await sql.query("INSERT INTO halls (code, name) VALUES ('JC', 'JC')");
    const deskId = randomUUID();
    await sql.query("INSERT INTO desks (id, hall_code, desk_no, credential_hash) VALUES ($1, 'JC', '03', 'x')", [deskId]);
    await sql.query(
      `INSERT INTO received_events (event_id, desk_id, hall_code, batch_id, seq, entity, entity_id, op, payload, created_at)
       VALUES ($1, $2, 'JC', $3, 1, 'desk-settings', 'desk', 'settings.updated', '{"caseNumberFormat":"{year}/{hall}/{desk}/{serial}"}', 'x')`,
      [randomUUID(), deskId, randomUUID()],
    );
    await sql.query(
      `INSERT INTO cases (case_no, hall_code, desk_no, payload, content_hash, state, query_code, last_event_id)
       VALUES ('JC-03-2026-000001', 'JC', '03', '{}', 'h', 'accepted', 'QRY7K2M9XD4H', $1)`,
      [randomUUID()],
    );
    expect(await migrate(sql)).toEqual(centralMigrations.filter((m) => m.version >= 2).map((m) => m.version));
    expect(await sql.query('SELECT case_number_formats FROM desks')).toEqual([{ case_number_formats: ['{year}/{hall}/{desk}/{serial}'] }]);
    const expected = createHash('sha256').update('QRY7K2M9XD4H').digest('hex');
    expect(await sql.query('SELECT query_code FROM cases')).toEqual([{ query_code: expected }]);
  });
}
