import type Database from 'better-sqlite3';
import { rebuildReportSummaries } from '../../src/main/services/reports/summary-queries';
import { bulkItems } from './bulk-cases';

/**
 * Millions of cases for the report bench, generated straight into SQLite by set-based SQL (no
 * row crosses into JavaScript, so memory stays flat at any count): a year of cases received in
 * number order, the window's decisions mixed, most accepted cases finished, a rating for about
 * one case in three and a stopped clock for one finished case in fifty. The tables' triggers and
 * secondary indexes are set aside while loading and put back after (an index is built far faster
 * from sorted rows than kept up row by row); the report summaries are then summed once, as
 * `npm run rebuild-summaries` does. The search index is left empty: the reports never read it.
 */
export function bulkLoadReportData(db: Database.Database, count: number, clerks: readonly { id: number; staffNo: string; name: string }[]) {
  const tables = ['cases', 'case_items', 'rating_invitations', 'ratings', 'case_pauses'];
  const setAside = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN (${tables.map(() => '?').join(', ')})
       AND type IN ('index', 'trigger') AND sql IS NOT NULL`,
    )
    .all(...tables) as { type: 'index' | 'trigger'; name: string; sql: string }[];
  db.pragma('foreign_keys = OFF');
  for (const { type, name } of setAside) db.exec(`DROP ${type.toUpperCase()} ${name}`);

  // A deterministic hash of a serial and a salt, in [0, m): every run loads the same data.
  const pick = (serial: string, salt: number, m: number) =>
    `(((${serial} + ${salt * 1_000_003}) * 2654435761) % 4294967296 / 65536 % ${m})`;
  const items = `items(k, code, name, department, days) AS (${bulkItems
    .map(([code, name, department, days], k) => `SELECT ${k}, '${code}', '${name}', '${department}', ${days}`)
    .join(' UNION ALL ')})`;
  const staff = `staff(k, id, staff_no, name) AS (${clerks.map((c, k) => `SELECT ${k}, ${c.id}, '${c.staffNo}', '${c.name}'`).join(' UNION ALL ')})`;
  // Small lookups as scalar subqueries, so the millions of rows are read once, in number order.
  const item = (column: string, where: string) => `(SELECT ${column} FROM items WHERE ${where})`;
  const clerk = (column: string) => `(SELECT ${column} FROM staff WHERE k = d.clerk)`;
  const r = pick('n.i', 3, 100);
  const decision = `CASE WHEN ${r} < 80 THEN 'accept' WHEN ${r} < 85 THEN 'accept-deferred' WHEN ${r} < 95 THEN 'correction-notice' ELSE 'refuse' END`;
  db.transaction(() => {
    db.exec(`INSERT OR IGNORE INTO applicants (id, kind, id_kind, id_number, name, phone, updated_at)
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
      SELECT 100000 + i, 'person', 'resident', printf('3205051980%08d', i), '张' || i, printf('139%08d', i), '2026-01-01T00:00:00.000Z' FROM n`);
    db.exec(`INSERT INTO cases (case_no, request_id, hall_code, desk_no, year, serial, state, decision, applicant_id, applicant_name,
        applicant_id_number, applicant_phone, applicant, item_names, received_at, received_on, accepted_on, promised_date, decided_on,
        commitment_signed, clerk_id, clerk_staff_no, clerk_name)
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count}), ${items}, ${staff},
        drawn AS (
          SELECT n.i, date('2026-01-01', '+' || ((n.i - 1) * 365 / ${count}) || ' days') AS day, ${decision} AS decision,
            ${pick('n.i', 1, bulkItems.length)} AS item, ${pick('n.i', 2, clerks.length)} AS clerk, ${pick('n.i', 4, 10)} AS finish,
            ${pick('n.i', 5, 1000)} AS spread
          FROM n),
        decided AS (
          SELECT d.*, d.decision IN ('accept', 'accept-deferred') AS accepted, ${item('days', 'k = d.item')} AS days FROM drawn d)
      SELECT printf('JC-03-2026-%07d', d.i), printf('bulk-%08d', d.i), 'JC', '03', 2026, d.i,
        CASE WHEN d.accepted THEN (CASE WHEN d.finish < 8 THEN 'delivered' ELSE 'accepted' END)
          WHEN d.decision = 'correction-notice' THEN 'awaiting-materials' ELSE 'refused' END,
        d.decision, 100001 + d.i % 1000, '张' || (1 + d.i % 1000), printf('3205051980%08d', 1 + d.i % 1000), printf('139%08d', 1 + d.i % 1000),
        '{}', ${item('name', 'k = d.item')}, d.day || 'T01:00:00.000Z', d.day,
        CASE WHEN d.accepted THEN d.day END,
        CASE WHEN d.accepted THEN date(d.day, '+' || d.days || ' days') END,
        CASE WHEN d.accepted AND d.finish < 8 THEN date(d.day, '+' || (d.spread % (d.days + 3)) || ' days') END,
        0, ${clerk('id')}, ${clerk('staff_no')}, ${clerk('name')}
      FROM decided d`);
    db.exec(`INSERT INTO case_items (case_no, position, item_code, item_version, item_name, department, promised_days, promised_date)
      WITH ${items}
      SELECT c.case_no, 0, ${item('code', 'name = c.item_names')}, 1, c.item_names, ${item('department', 'name = c.item_names')},
        ${item('days', 'name = c.item_names')}, c.promised_date
      FROM cases c WHERE c.request_id LIKE 'bulk-%'`);
    // A rating for about one case in three, on the day it was received.
    const rated = `FROM cases n WHERE n.request_id LIKE 'bulk-%' AND (n.serial / 12) % 3 = 0`;
    db.exec(`INSERT INTO rating_invitations (id, case_no, stage, token, status, clerk_id, clerk_staff_no, clerk_name, invited_at, closed_at)
      SELECT n.serial, n.case_no, 'acceptance', 'bulk-' || n.case_no, 'rated', n.clerk_id, n.clerk_staff_no, n.clerk_name,
        n.received_on || 'T02:00:00.000Z', n.received_on || 'T02:00:00.000Z' ${rated}`);
    const level = `CASE WHEN r < 60 THEN 'very-satisfied' WHEN r < 90 THEN 'satisfied' WHEN r < 97 THEN 'basic'
      WHEN r < 99 THEN 'dissatisfied' ELSE 'very-dissatisfied' END`;
    db.exec(`INSERT INTO ratings (id, case_no, stage, invitation_id, level, is_bad, scores, comment, clerk_id, clerk_staff_no, clerk_name,
        rated_at, rated_on)
      SELECT serial, case_no, 'acceptance', serial, ${level}, r >= 97, '{}', NULL, clerk_id, clerk_staff_no, clerk_name,
        received_on || 'T02:00:00.000Z', received_on
      FROM (SELECT n.*, ${pick('n.serial', 6, 100)} AS r ${rated})`);
    // A few finished cases had their clock stopped (待补正 during processing): the JS path of the report.
    db.exec(`INSERT INTO case_pauses (case_no, kind, from_date, to_date)
      SELECT case_no, 'awaiting-materials', accepted_on, decided_on FROM cases
      WHERE request_id LIKE 'bulk-%' AND decided_on IS NOT NULL AND serial % 50 = 0`);
    db.prepare(
      'INSERT INTO case_serials (year, last_serial) VALUES (2026, ?) ON CONFLICT (year) DO UPDATE SET last_serial = excluded.last_serial',
    ).run(count);
  })();
  for (const { sql } of setAside.filter((s) => s.type === 'index')) db.exec(sql);
  for (const { sql } of setAside.filter((s) => s.type === 'trigger')) db.exec(sql);
  db.pragma('foreign_keys = ON');
  rebuildReportSummaries(db);
}
