import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, updateToVersion } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { firstQueryCodeLength, queryCodeAlphabet, queryCodeLength, queryCodePattern } from '../../../src/shared/print/status-url';

function insertCase(db: Database.Database, caseNo: string, serial: number) {
  db.prepare(
    `INSERT INTO cases (case_no, request_id, hall_code, desk_no, year, serial, state, decision, applicant_id, applicant_name,
       applicant_id_number, applicant_phone, applicant, item_names, received_at, received_on, clerk_id, clerk_staff_no, clerk_name)
     VALUES (?, ?, 'JC', '03', 2026, ?, 'accepted', 'accept', 1, '张三', '11010519491231002X', '13800000000', '{}', '事项',
       '2026-03-02T01:30:00Z', '2026-03-02', 1, 'A001', '王管理')`,
  ).run(caseNo, `r-${serial}`, serial);
}

function atVersion2(): Database.Database {
  const db = new Database(':memory:');
  updateToVersion(db, 2);
  db.prepare(
    "INSERT INTO users (id, staff_no, name, role, password_hash, created_at, updated_at) VALUES (1, 'A001', '王管理', 'admin', 'x', 'now', 'now')",
  ).run();
  db.prepare(
    "INSERT INTO applicants (id, kind, id_kind, id_number, name, phone, updated_at) VALUES (1, 'person', 'resident', '11010519491231002X', '张三', '138', 'now')",
  ).run();
  return db;
}

describe('migration 0003 (printing)', () => {
  it('is version 3', () => {
    expect(migrations[2]).toMatchObject({ version: 3, name: 'printing' });
  });

  it('gives existing cases a query code, and new ones one at registration', () => {
    const db = atVersion2();
    for (let i = 1; i <= 20; i += 1) insertCase(db, `JC-03-2026-${String(i).padStart(6, '0')}`, i);
    migrate(db);
    const codes = (db.prepare('SELECT query_code FROM cases').all() as { query_code: string }[]).map((r) => r.query_code);
    expect(codes).toHaveLength(20);
    for (const code of codes) expect(code).toMatch(queryCodePattern);
    expect(new Set(codes).size).toBeGreaterThan(15);
    for (const code of codes) expect(code).toHaveLength(firstQueryCodeLength);
    insertCase(db, 'JC-03-2026-000099', 99);
    const fresh = (db.prepare("SELECT query_code FROM cases WHERE case_no = 'JC-03-2026-000099'").get() as { query_code: string })
      .query_code;
    expect(fresh).toMatch(queryCodePattern);
    // Migration 0012: codes issued from then on carry at least 50 bits; the old ones stay valid.
    expect(fresh).toHaveLength(queryCodeLength);
    expect(queryCodeLength * Math.log2(queryCodeAlphabet.length)).toBeGreaterThanOrEqual(50);
  });

  it('creates STRICT document tables whose rows are kept as printed, one original per case and type', () => {
    const db = atVersion2();
    migrate(db);
    insertCase(db, 'JC-03-2026-000001', 1);
    for (const table of ['case_documents', 'document_serials']) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql;
      expect(sql).toMatch(/STRICT\s*$/);
    }
    const insert = db.prepare(
      `INSERT INTO case_documents (case_no, doc_type, doc_no, reprint, paper, pdf, sha256, page_count, html, printed_at, clerk_id,
         clerk_staff_no, clerk_name)
       VALUES ('JC-03-2026-000001', 'acceptance-notice', 'JC受字〔2026〕第03-000001号', ?, 'A4', x'255044', 'h', 1, '<html>', 'now', 1, 'A001', '王管理')`,
    );
    insert.run(0);
    insert.run(1);
    insert.run(1);
    expect(() => insert.run(0)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE case_documents SET doc_no = 'x'").run()).toThrow(/kept as printed/);
    expect(() => db.prepare('DELETE FROM case_documents').run()).toThrow(/kept as printed/);
  });
});
