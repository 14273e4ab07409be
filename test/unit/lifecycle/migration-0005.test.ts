import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, updateToVersion } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';

/** A store left by the previous release (migrations 1–4) with one accepted two-item case. */
function storeAtVersion4(): Database.Database {
  const db = new Database(':memory:');
  updateToVersion(db, 4);
  db.exec(`
    INSERT INTO users (id, staff_no, name, role, password_hash, created_at, updated_at) VALUES (1, 'A001', '王管理', 'admin', 'x', 'now', 'now');
    INSERT INTO applicants (id, kind, id_kind, id_number, name, phone, updated_at) VALUES (1, 'person', 'resident', '11010519491231002X', '张三', '138', 'now');
    INSERT INTO catalogue_items (code, version, name, department, effective_date, search_text, body, imported_at)
      VALUES ('X-1', 1, '甲', '甲局', '2026-01-01', '', '{}', 'now'), ('X-2', 1, '乙', '乙局', '2026-01-01', '', '{}', 'now');
    INSERT INTO cases (case_no, request_id, hall_code, desk_no, year, serial, state, decision, applicant_id, applicant_name,
      applicant_id_number, applicant_phone, applicant, item_names, received_at, received_on, accepted_on, promised_date, clerk_id, clerk_staff_no, clerk_name)
      VALUES ('JC-03-2026-000001', 'r1', 'JC', '03', 2026, 1, 'accepted', 'accept', 1, '张三', '11010519491231002X', '138', '{}', '甲、乙',
      '2026-03-02T01:30:00Z', '2026-03-02', '2026-03-02', '2026-03-03', 1, 'A001', '王管理');
    INSERT INTO case_items (case_no, position, item_code, item_version, item_name, department, promised_days, promised_date)
      VALUES ('JC-03-2026-000001', 0, 'X-1', 1, '甲', '甲局', 1, '2026-03-03'), ('JC-03-2026-000001', 1, 'X-2', 1, '乙', '乙局', 1, '2026-03-03');
  `);
  return db;
}

describe('migration 0005 (lifecycle)', () => {
  it('is version 5', () => {
    expect(migrations[4]).toMatchObject({ version: 5, name: 'lifecycle' });
  });

  it('gives the sub-tasks of existing cases a waiting state and keeps every intake field', () => {
    const db = storeAtVersion4();
    migrate(db);
    expect(db.prepare('SELECT position, task_state, task_outcome FROM case_items ORDER BY position').all()).toEqual([
      { position: 0, task_state: 'pending', task_outcome: null },
      { position: 1, task_state: 'pending', task_outcome: null },
    ]);
    expect(db.prepare('SELECT state, promised_date, ready_for_collection, outcome FROM cases').get()).toEqual({
      state: 'accepted',
      promised_date: '2026-03-03',
      ready_for_collection: 0,
      outcome: null,
    });
    expect(() => db.prepare("UPDATE case_items SET task_state = 'unknown'").run()).toThrow(/CHECK/);
    for (const table of [
      'case_pauses',
      'case_events',
      'case_agents',
      'agent_handovers',
      'material_supplies',
      'case_deliveries',
      'seen_markers',
    ]) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql;
      expect(sql, table).toMatch(/STRICT\s*$/);
    }
  });
});
