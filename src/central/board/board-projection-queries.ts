import type { SqlQueries } from '../db/sql';
import type { BoardFollowUpFact, BoardRatingFact, BoardSubtaskFact } from './board-facts';

/** A case's latest event in the batch: its rows replace the case's rows if the case row now points at it. */
export interface CaseFacts {
  caseNo: string;
  eventId: string;
  facts: readonly BoardSubtaskFact[];
}

/**
 * Replaces the sub-task rows of the cases whose `cases` row this batch moved to the given event
 * (a batch older than the case's row leaves the board as it is, like the case row itself).
 */
export async function replaceBoardSubtasks(tx: SqlQueries, hallCode: string, cases: readonly CaseFacts[]): Promise<void> {
  if (cases.length === 0) return;
  const current = await tx.query<{ case_no: string }>(
    `SELECT c.case_no FROM cases c JOIN unnest($2::text[], $3::uuid[]) AS r(case_no, event_id)
       ON c.case_no = r.case_no AND c.last_event_id = r.event_id
     WHERE c.hall_code = $1`,
    [hallCode, cases.map((c) => c.caseNo), cases.map((c) => c.eventId)],
  );
  const moved = new Set(current.map((row) => row.case_no));
  const rows = cases.filter((c) => moved.has(c.caseNo)).flatMap((c) => c.facts);
  if (moved.size === 0) return;
  await tx.query('DELETE FROM board_subtasks WHERE hall_code = $1 AND case_no = ANY($2::text[])', [hallCode, [...moved]]);
  await insertBoardSubtasks(tx, hallCode, rows);
  for (const table of ['board_ratings', 'board_follow_ups'])
    await tx.query(
      `UPDATE ${table} r SET departments = ${caseDepartments('r.case_no')} WHERE r.hall_code = $1 AND r.case_no = ANY($2::text[])`,
      [hallCode, [...moved]],
    );
}

/**
 * The departments a case counts by, in position order (the first is position 0's, the hall's): what
 * a rating or follow-up of the case is counted by, copied into board_ratings and board_follow_ups so the board need not join the
 * sub-tasks ($1 is the hall).
 */
const caseDepartments = (caseNo: string) =>
  `coalesce((SELECT array_agg(s.department ORDER BY s.position) FROM board_subtasks s
     WHERE s.hall_code = $1 AND s.case_no = ${caseNo} AND s.first_of_department), '{}')`;

async function insertBoardSubtasks(tx: SqlQueries, hallCode: string, rows: readonly BoardSubtaskFact[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof BoardSubtaskFact>(key: K) => rows.map((r) => r[key]);
  const flag = (key: 'firstOfDepartment' | 'paused' | 'underClock') => rows.map((r) => (r[key] ? 1 : 0));
  await tx.query(
    `INSERT INTO board_subtasks (hall_code, case_no, position, department, item_code, item_version, first_of_department, case_state,
       decision, received_on, accepted_on, decided_on, promised_date, paused, clock_due_date, extension_days, subtask_state,
       subtask_due_date, under_clock, promised_days, materials_reused, trips_saved)
     SELECT $1, r.case_no, r.position, r.department, r.item_code, r.item_version, r.first_of_department = 1, r.case_state,
       r.decision, r.received_on, r.accepted_on, r.decided_on, r.promised_date, r.paused = 1, r.clock_due_date, r.extension_days,
       r.subtask_state, r.subtask_due_date, r.under_clock = 1, r.promised_days, r.materials_reused, r.trips_saved
     FROM unnest($2::text[], $3::integer[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::text[], $9::text[], $10::date[],
       $11::date[], $12::date[], $13::date[], $14::integer[], $15::date[], $16::integer[], $17::text[], $18::date[], $19::integer[],
       $20::integer[], $21::integer[], $22::integer[])
       AS r(case_no, position, department, item_code, item_version, first_of_department, case_state, decision, received_on, accepted_on,
         decided_on, promised_date, paused, clock_due_date, extension_days, subtask_state, subtask_due_date, under_clock, promised_days,
         materials_reused, trips_saved)
     ORDER BY r.case_no, r.position`,
    [
      hallCode,
      column('caseNo'),
      column('position'),
      column('department'),
      column('itemCode'),
      column('itemVersion'),
      flag('firstOfDepartment'),
      column('caseState'),
      column('decision'),
      column('receivedOn'),
      column('acceptedOn'),
      column('decidedOn'),
      column('promisedDate'),
      flag('paused'),
      column('clockDueDate'),
      column('extensionDays'),
      column('subtaskState'),
      column('subtaskDueDate'),
      flag('underClock'),
      column('promisedDays'),
      column('materialsReused'),
      column('tripsSaved'),
    ],
  );
}

/** A rating is given once per case and stage; a resent one changes nothing. */
export async function upsertBoardRatings(tx: SqlQueries, hallCode: string, ratings: readonly BoardRatingFact[]): Promise<void> {
  if (ratings.length === 0) return;
  await tx.query(
    `INSERT INTO board_ratings (hall_code, case_no, stage, level, is_bad, is_satisfied, rated_on, departments)
     SELECT $1, r.case_no, r.stage, r.level, r.is_bad = 1, r.is_satisfied = 1, r.rated_on, ${caseDepartments('r.case_no')}
     FROM unnest($2::text[], $3::text[], $4::text[], $5::integer[], $6::integer[], $7::date[])
       AS r(case_no, stage, level, is_bad, is_satisfied, rated_on)
     ORDER BY r.case_no, r.stage
     ON CONFLICT (hall_code, case_no, stage) DO UPDATE SET
       level = EXCLUDED.level, is_bad = EXCLUDED.is_bad, is_satisfied = EXCLUDED.is_satisfied, rated_on = EXCLUDED.rated_on,
       departments = EXCLUDED.departments`,
    [
      hallCode,
      ratings.map((r) => r.caseNo),
      ratings.map((r) => r.stage),
      ratings.map((r) => r.level),
      ratings.map((r) => (r.isBad ? 1 : 0)),
      ratings.map((r) => (r.isSatisfied ? 1 : 0)),
      ratings.map((r) => r.ratedOn),
    ],
  );
}

/** A follow-up as its latest event leaves it (events of one follow-up come in seq order from one desk). */
export async function upsertBoardFollowUps(tx: SqlQueries, hallCode: string, followUps: readonly BoardFollowUpFact[]): Promise<void> {
  if (followUps.length === 0) return;
  await tx.query(
    `INSERT INTO board_follow_ups (hall_code, case_no, stage, status, opened_on, due_date, closed_on, departments)
     SELECT $1, r.case_no, r.stage, r.status, r.opened_on, r.due_date, r.closed_on, ${caseDepartments('r.case_no')}
     FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::date[])
       AS r(case_no, stage, status, opened_on, due_date, closed_on)
     ORDER BY r.case_no, r.stage
     ON CONFLICT (hall_code, case_no, stage) DO UPDATE SET
       status = EXCLUDED.status, opened_on = EXCLUDED.opened_on, due_date = EXCLUDED.due_date, closed_on = EXCLUDED.closed_on,
       departments = EXCLUDED.departments`,
    [
      hallCode,
      followUps.map((f) => f.caseNo),
      followUps.map((f) => f.stage),
      followUps.map((f) => f.status),
      followUps.map((f) => f.openedOn),
      followUps.map((f) => f.dueDate),
      followUps.map((f) => f.closedOn),
    ],
  );
}
