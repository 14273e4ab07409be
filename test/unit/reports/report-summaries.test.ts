import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkItems, bulkLoadCases, seeded } from '../../../bench/lib/bulk-cases';
import { CalendarService } from '../../../src/main/services/calendar/calendar-service';
import { sumBy } from '../../../src/shared/reports/figure-tally';
import { dimensionGrouping } from '../../../src/main/services/reports/report-dimension-queries';
import { countByDay } from '../../../src/main/services/reports/report-queries';
import { rebuildReportSummaries, summaryCountsByDay } from '../../../src/main/services/reports/summary-queries';
import { registerWorkingDaysFunction } from '../../../src/main/services/reports/working-days-function';
import { ratingLevels } from '../../../src/shared/ratings/rating-levels';
import type { ReportDimension } from '../../../src/shared/reports/report-schemas';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

let desk: TestDesk;
let db: Database.Database;
let clerks: { id: number; staffNo: string; name: string }[];
const year = { from: '2025-12-01', to: '2027-01-31' };

beforeAll(async () => {
  desk = openTestDesk();
  await setUpDesk(desk);
  clerks = [{ id: 1, staffNo: 'A001', name: '王管理' }];
  for (const staffNo of ['C001', 'C002']) {
    const user = await desk.call('users.create', { staffNo, name: `窗口${staffNo}`, role: 'clerk', password: 'Clerk2026pass' });
    clerks.push({ id: user.id, staffNo, name: `窗口${staffNo}` });
  }
  db = new Database(join(desk.dataDir, 'halldesk.sqlite3'));
  registerWorkingDaysFunction(db).use(new CalendarService(db).get());
}, 60_000);
afterAll(() => {
  db.close();
  desk.close();
});

/** Sums per day and group, and the paused finished cases, as comparable plain values. */
function comparable({ rows, paused }: ReturnType<typeof countByDay>) {
  const sums = Object.fromEntries([...sumBy(rows, (r) => `${r.day} ${r.key}`)].sort(([a], [b]) => a.localeCompare(b)));
  const pausedKeys = [...new Set(paused.map((p) => `${p.day} ${p.key} ${p.caseNo}`))].sort();
  return { sums, pausedKeys };
}

function expectSummariesMatchOracle() {
  for (const dimension of ['clerk', 'item', 'department'] as ReportDimension[]) {
    const oracle = comparable(countByDay(db, dimensionGrouping(dimension), year));
    expect(comparable(summaryCountsByDay(db, dimension, year)), dimension).toEqual(oracle);
  }
}

const pick = <T>(random: () => number, list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const dayIn = (random: () => number) => `2026-0${1 + Math.floor(random() * 9)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

/** What happens to cases after registration, in any order: the figures must follow each change. */
function changeCases(seed: number, firstSerial: number, count: number) {
  const random = seeded(seed);
  const caseNos = (
    db.prepare('SELECT case_no FROM cases WHERE serial >= ? AND serial < ?').all(firstSerial, firstSerial + count) as { case_no: string }[]
  ).map((r) => r.case_no);
  let invitation = Number((db.prepare('SELECT coalesce(max(id), 0) AS n FROM rating_invitations').get() as { n: number }).n);
  for (const caseNo of caseNos) {
    const r = random();
    if (r < 0.15) {
      // 一次性告知 answered: accepted later, finished, maybe by another clerk.
      const accepted = dayIn(random);
      db.prepare("UPDATE cases SET decision = 'accept', state = 'accepted', accepted_on = ?, promised_date = ? WHERE case_no = ?").run(
        accepted,
        dayIn(random),
        caseNo,
      );
      if (random() < 0.5)
        db.prepare("UPDATE cases SET state = 'delivered', decided_on = ?, clerk_staff_no = ? WHERE case_no = ?").run(
          dayIn(random),
          pick(random, clerks).staffNo,
          caseNo,
        );
    } else if (r < 0.3) {
      // A joint case: a second item, sometimes of a department it already has; sometimes taken away again.
      const [code, name, department] = pick(random, bulkItems);
      db.prepare(
        'INSERT INTO case_items (case_no, position, item_code, item_version, item_name, department, promised_days, promised_date) VALUES (?, 1, ?, 1, ?, ?, 1, NULL)',
      ).run(caseNo, code, name, department);
      if (random() < 0.3) db.prepare('DELETE FROM case_items WHERE case_no = ? AND position = 0').run(caseNo);
    } else if (r < 0.45) {
      const clerk = pick(random, clerks);
      invitation += 1;
      const on = dayIn(random);
      db.prepare(
        "INSERT INTO rating_invitations (id, case_no, stage, token, status, clerk_id, clerk_staff_no, clerk_name, invited_at, closed_at) VALUES (?, ?, 'acceptance', ?, 'rated', ?, ?, ?, ?, ?)",
      ).run(invitation, caseNo, `t-${invitation}`, clerk.id, clerk.staffNo, clerk.name, `${on}T02:00:00Z`, `${on}T02:00:00Z`);
      const level = pick(random, ratingLevels);
      db.prepare(
        "INSERT INTO ratings (case_no, stage, invitation_id, level, is_bad, scores, clerk_id, clerk_staff_no, clerk_name, rated_at, rated_on) VALUES (?, 'acceptance', ?, ?, ?, '{}', ?, ?, ?, ?, ?)",
      ).run(caseNo, invitation, level, Number(level.endsWith('dissatisfied')), clerk.id, clerk.staffNo, clerk.name, `${on}T02:00:00Z`, on);
    } else if (r < 0.6) {
      // A clock stop added to a case (finished or not), sometimes removed again.
      const id = db
        .prepare("INSERT INTO case_pauses (case_no, kind, from_date, to_date) VALUES (?, 'awaiting-materials', '2026-02-01', '2026-02-03')")
        .run(caseNo).lastInsertRowid;
      if (random() < 0.3) db.prepare('DELETE FROM case_pauses WHERE id = ?').run(id);
    } else if (r < 0.7) {
      db.prepare("UPDATE cases SET decided_on = NULL, state = 'in-progress' WHERE case_no = ?").run(caseNo);
    } else if (r < 0.75) {
      db.prepare("UPDATE cases SET received_on = ?, decision = 'refuse', accepted_on = NULL WHERE case_no = ?").run(dayIn(random), caseNo);
    } else if (r < 0.8) {
      // Handed over to another clerk, nothing else changed.
      db.prepare('UPDATE cases SET clerk_staff_no = ? WHERE case_no = ?').run(pick(random, clerks).staffNo, caseNo);
    }
  }
}

describe('daily report summaries', () => {
  it('equal the aggregate queries over random cases, after any changes made after registration', () => {
    let serial = 1;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 120 }), (seed, count) => {
        bulkLoadCases(db, count, serial, { clerks, mixDecisions: true, finish: true });
        expectSummariesMatchOracle();
        changeCases(seed, serial, count);
        serial += count;
        expectSummariesMatchOracle();
      }),
      { numRuns: 8 },
    );
  });

  it('are rebuilt by the rebuild command to the same figures', () => {
    db.exec(
      'UPDATE report_daily_counts SET received = received + 7; DELETE FROM report_daily_finished WHERE day = (SELECT min(day) FROM report_daily_finished)',
    );
    rebuildReportSummaries(db);
    expectSummariesMatchOracle();
  });
});
