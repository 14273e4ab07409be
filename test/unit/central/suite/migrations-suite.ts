import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src/central/db/migrate';
import { centralMigrations } from '../../../../src/central/db/migrations';
import { centreHookTimeout, startTestCentre } from './test-centre';
import type { TestCentre } from './test-centre';
import { freshSchemaName } from './test-stores';
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
    const rows = await centre.sql.query<{ relname: string; relkind: string }>(
      `SELECT c.relname, c.relkind::text AS relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
      [centre.schema],
    );
    expect(rows.map((r) => r.relname)).toEqual([
      'batches',
      'board_follow_ups',
      'board_ratings',
      'board_subtasks',
      'case_pages',
      'cases',
      'catalogue_item_versions',
      'centre_accounts',
      'centre_audit_log',
      'centre_sessions',
      'centre_subtask_actions',
      'centre_subtasks',
      'desks',
      'enrolment_codes',
      'hall_feed_heads',
      'halls',
      'national_publications',
      'payload_check_queue',
      'publications',
      'quarantined_events',
      'received_events',
      'rejected_events',
      'schema_migrations',
    ]);
    // Hash-partitioned by hall on a PostgreSQL server; plain tables on PGlite, with the same keys.
    const partitioned = rows.filter((r) => r.relkind === 'p').map((r) => r.relname);
    const onServer = !centre.sql.description.startsWith('PGlite');
    expect(partitioned).toEqual(
      onServer
        ? [
            'batches',
            'board_follow_ups',
            'board_ratings',
            'board_subtasks',
            'case_pages',
            'cases',
            'centre_subtask_actions',
            'centre_subtasks',
            'publications',
            'quarantined_events',
            'received_events',
            'rejected_events',
          ]
        : [],
    );
  });

  it('0009 leaves no always-empty statutory_days on the sub-tasks (the board reads the limit from the item version)', async () => {
    const columns = await centre.sql.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY column_name',
      [centre.schema, 'centre_subtasks'],
    );
    expect(columns.map((c) => c.column_name)).toContain('promised_days');
    expect(columns.map((c) => c.column_name)).not.toContain('statutory_days');
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

  it("0002 learns each desk's declared number formats and hashes query codes; 0003 carries everything over, keyed by hall", async () => {
    const schema = freshSchemaName();
    const sql = await store.openSchema(schema);
    try {
      await migrate(sql, centralMigrations.slice(0, 1));
      await sql.query("INSERT INTO halls (code, name) VALUES ('JC', 'JC'), ('XY', 'XY')");
      const deskId = randomUUID();
      const eventId = randomUUID();
      await sql.query("INSERT INTO desks (id, hall_code, desk_no, credential_hash) VALUES ($1, 'JC', '03', 'x')", [deskId]);
      await sql.query(
        `INSERT INTO received_events (event_id, desk_id, hall_code, batch_id, seq, entity, entity_id, op, payload, created_at) VALUES
         ($1, $2, 'JC', $3, 1, 'desk-settings', 'desk', 'settings.updated', '{"caseNumberFormat":"{year}/{hall}/{desk}/{serial}"}', 'x'),
         ($4, $2, 'JC', $3, 2, 'case', 'JC-03-2026-000001', 'case.registered', '{"caseNo":"JC-03-2026-000001","note":"旧"}', 'x')`,
        [randomUUID(), deskId, randomUUID(), eventId],
      );
      await sql.query(
        `INSERT INTO cases (case_no, hall_code, desk_no, payload, content_hash, state, query_code, last_event_id)
         VALUES ('JC-03-2026-000001', 'JC', '03', '{}', 'h', 'accepted', 'QRY7K2M9XD4H', $1)`,
        [eventId],
      );
      await sql.query(
        `INSERT INTO publications (kind, hall_code, body) VALUES ('calendar', NULL, '{"n":1}'), ('catalogue', 'XY', '{"n":2}')`,
      );
      expect(await migrate(sql, centralMigrations.slice(0, 2))).toEqual([2]);
      expect(await sql.query('SELECT case_number_formats FROM desks')).toEqual([
        { case_number_formats: ['{year}/{hall}/{desk}/{serial}'] },
      ]);
      const expected = createHash('sha256').update('QRY7K2M9XD4H').digest('hex');
      expect(await sql.query('SELECT query_code FROM cases')).toEqual([{ query_code: expected }]);

      expect(await migrate(sql)).toEqual(centralMigrations.filter((m) => m.version >= 3).map((m) => m.version));
      expect(
        await sql.query(
          `SELECT c.hall_code, c.case_no, c.query_code, c.last_seq, e.payload FROM cases c
           JOIN received_events e ON e.hall_code = c.hall_code AND e.desk_id = c.last_desk_id AND e.seq = c.last_seq`,
        ),
      ).toEqual([
        { hall_code: 'JC', case_no: 'JC-03-2026-000001', query_code: expected, last_seq: 2, payload: expect.stringContaining('"旧"') },
      ]);
      expect(await sql.query('SELECT high_water_seq, events_received, cases_created FROM desks')).toEqual([
        { high_water_seq: 2, events_received: 2, cases_created: 1 },
      ]);
      // Cursors keep their numbers (a desk's saved cursor stays valid); a publication for all halls is in every hall's feed.
      expect(await sql.query('SELECT hall_code, cursor, kind FROM publications ORDER BY hall_code, cursor')).toEqual([
        { hall_code: 'JC', cursor: 1, kind: 'calendar' },
        { hall_code: 'XY', cursor: 1, kind: 'calendar' },
        { hall_code: 'XY', cursor: 2, kind: 'catalogue' },
      ]);
      expect(await sql.query('SELECT hall_code, cursor FROM hall_feed_heads ORDER BY hall_code')).toEqual([
        { hall_code: 'JC', cursor: 2 },
        { hall_code: 'XY', cursor: 2 },
      ]);
    } finally {
      await sql.close();
      await store.dropSchema(schema);
    }
  });
}
