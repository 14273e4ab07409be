import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { ratingsSearch } from '../../../src/main/db/migrations/0006-ratings-search';
import { searchSpeed } from '../../../src/main/db/migrations/0015-search-speed';
import { numberSuffixes } from '../../../src/main/db/migrations/0016-number-suffixes';

function storeAtVersion(version: number) {
  const db = new Database(':memory:');
  // The rows below stand alone: no users, applicants or catalogue to point at.
  db.pragma('foreign_keys = OFF');
  for (const migration of migrations.slice(0, version)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }
  return db;
}

function insertCase(db: Database.Database, serial: number, name: string, itemCode: string) {
  const caseNo = `JC-03-2026-${String(serial).padStart(6, '0')}`;
  db.prepare(
    `INSERT INTO cases (case_no, request_id, hall_code, desk_no, year, serial, state, decision, applicant_id, applicant_name,
       applicant_id_number, applicant_phone, applicant, item_names, received_at, received_on, clerk_id, clerk_staff_no, clerk_name)
     VALUES (?, ?, 'JC', '03', 2026, ?, 'accepted', 'accept', 1, ?, '11010519491231002X', '13812345678', '{}', '', ?, '2026-03-02', 1, 'A001', '王管理')`,
  ).run(caseNo, `r${serial}`, serial, name, `2026-03-02T0${serial}:00:00.000Z`);
  db.prepare(
    `INSERT INTO case_items (case_no, position, item_code, item_version, item_name, department, promised_days) VALUES (?, 0, ?, 1, '', '', 1)`,
  ).run(caseNo, itemCode);
  return caseNo;
}

const ids = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(sql).all(...params) as { case_no: string }[]).map((r) => r.case_no);

describe('migration 0006 (search index and ratings)', () => {
  it('is the sixth migration, after the lifecycle', () => {
    expect(migrations.indexOf(ratingsSearch)).toBe(5);
  });

  it('indexes the cases a store already holds, in registration order, and new ones through its triggers', () => {
    const db = storeAtVersion(5);
    const first = insertCase(db, 1, '张三', 'A-1');
    const second = insertCase(db, 2, '江川市明远食品有限公司', 'B-1');
    migrate(db);
    expect(ids(db, 'SELECT case_no FROM case_search ORDER BY id')).toEqual([first, second]);
    const third = insertCase(db, 3, '李三', 'A-1');
    const byGram = (gram: string) =>
      ids(db, 'SELECT s.case_no FROM case_name_grams g JOIN case_search s USING (id) WHERE gram = ? ORDER BY s.id', gram);
    expect(byGram('三')).toEqual([first, third]);
    expect(byGram('食品')).toEqual([second]);
    expect(ids(db, 'SELECT s.case_no FROM case_fts f JOIN case_search s ON s.id = f.rowid WHERE case_fts MATCH \'"明远食品"\'')).toEqual([
      second,
    ]);
    expect(ids(db, "SELECT s.case_no FROM case_item_index i JOIN case_search s USING (id) WHERE item_code = 'A-1' ORDER BY s.id")).toEqual([
      first,
      third,
    ]);
    db.prepare('DELETE FROM case_items WHERE case_no = ?').run(third);
    db.prepare('DELETE FROM cases WHERE case_no = ?').run(third);
    expect(byGram('三')).toEqual([first]);
    expect(db.prepare('SELECT count(*) AS n FROM case_fts WHERE case_fts MATCH \'"13812345678"\'').get()).toEqual({ n: 2 });
  });

  it('migration search-speed fills the name-character index and the total from the cases a store holds', () => {
    const db = storeAtVersion(migrations.indexOf(searchSpeed));
    const first = insertCase(db, 1, '张三', 'A-1');
    insertCase(db, 2, '李四', 'B-1');
    migrate(db);
    expect(db.prepare('SELECT cases FROM case_search_total').get()).toEqual({ cases: 2 });
    expect(db.prepare("SELECT facet, key, n FROM case_search_counts WHERE facet IN ('state', 'item') ORDER BY facet, key").all()).toEqual([
      { facet: 'item', key: 'A-1', n: 1 },
      { facet: 'item', key: 'B-1', n: 1 },
      { facet: 'state', key: 'accepted', n: 2 },
    ]);
    expect(
      ids(db, "SELECT s.case_no FROM case_name_chars n JOIN case_search s USING (id) WHERE n.gram = '三' AND n.state = 'accepted'"),
    ).toEqual([first]);
    expect(db.prepare('SELECT count(*) AS n FROM case_name_chars WHERE length(gram) <> 1').get()).toEqual({ n: 0 });
  });

  it('migration number-suffixes writes the numbers of the cases a store holds backwards, and keeps them with the cases', () => {
    const db = storeAtVersion(migrations.indexOf(numberSuffixes));
    const first = insertCase(db, 1, '张三', 'A-1');
    migrate(db);
    const reversedOf = (caseNo: string) =>
      (
        db
          .prepare('SELECT n.reversed FROM case_number_suffixes n JOIN case_search s USING (id) WHERE s.case_no = ? ORDER BY n.reversed')
          .all(caseNo) as { reversed: string }[]
      ).map((r) => r.reversed);
    expect(reversedOf(first)).toEqual(['100000-6202-30-CJ', '87654321831', 'X20013219491501011']);
    const second = insertCase(db, 2, '李四', 'B-1');
    db.prepare("UPDATE cases SET applicant_phone = '0512-68001234' WHERE case_no = ?").run(second);
    expect(reversedOf(second)).toEqual(['200000-6202-30-CJ', '43210086-2150', 'X20013219491501011']);
    db.prepare('DELETE FROM case_items WHERE case_no = ?').run(second);
    db.prepare('DELETE FROM cases WHERE case_no = ?').run(second);
    expect(db.prepare('SELECT count(*) AS n FROM case_number_suffixes').get()).toEqual({ n: 3 });
  });

  it('refuses to renumber a case, and keeps ratings as given', () => {
    const db = storeAtVersion(migrations.length);
    const caseNo = insertCase(db, 1, '张三', 'A-1');
    expect(() => db.prepare("UPDATE cases SET case_no = 'X' WHERE case_no = ?").run(caseNo)).toThrow(/never changes/);
    db.prepare("INSERT INTO rating_invitations VALUES (1, ?, 'acceptance', 't', 'rated', 1, 'A001', '王管理', 'x', 'x')").run(caseNo);
    db.prepare(
      "INSERT INTO ratings VALUES (1, ?, 'acceptance', 1, 'satisfied', 0, '{}', NULL, 1, 'A001', '王管理', 'x', '2026-03-02')",
    ).run(caseNo);
    expect(() => db.prepare("UPDATE ratings SET level = 'very-satisfied'").run()).toThrow(/kept as given/);
    expect(() => db.prepare('DELETE FROM ratings').run()).toThrow(/kept as given/);
  });
});
