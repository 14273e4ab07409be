import { z } from 'zod';
import { followUpOutcomes, followUpStatuses } from '../../../shared/ratings/follow-up-schemas';
import { ratingLevels, ratingStages, type RatingLevel, type RatingStage } from '../../../shared/ratings/rating-levels';
import type { Db } from '../../db/open-database';
import { parseNarrowColumns, parseNarrowRows } from '../../db/parse-row';

export interface FollowUpRow {
  id: number;
  rating_id: number;
  case_no: string;
  status: 'open' | 'called-back' | 'closed';
  responsible_id: number;
  responsible_staff_no: string;
  responsible_name: string;
  opened_at: string;
  opened_on: string;
  working_days: number;
  due_date: string | null;
  outcome: 'fixed' | 'explained' | null;
  outcome_note: string | null;
  closed_at: string | null;
  closed_by_staff_no: string | null;
  closed_by_name: string | null;
}

/** A follow-up with what its rating and case say, as the lists show it. */
export interface FollowUpViewRow extends FollowUpRow {
  stage: RatingStage;
  level: RatingLevel;
  comment: string | null;
  rated_at: string;
  clerk_staff_no: string;
  clerk_name: string;
  applicant_name: string;
  applicant_phone: string;
}

/** The columns narrower than SQLite's, checked on every read. */
const followUpViewColumns = z.object({
  status: z.enum(followUpStatuses),
  outcome: z.enum(followUpOutcomes).nullable(),
  stage: z.enum(ratingStages),
  level: z.enum(ratingLevels),
});
const views = (rows: unknown[]) => parseNarrowRows<FollowUpViewRow>(followUpViewColumns, rows, '回访');

export interface CallbackRow {
  follow_up_id: number;
  at: string;
  by_staff_no: string;
  by_name: string;
  reached: number;
  note: string;
}

const viewSelect = `
  SELECT f.*, r.stage, r.level, r.comment, r.rated_at, r.clerk_staff_no, r.clerk_name, c.applicant_name, c.applicant_phone
  FROM follow_ups f JOIN ratings r ON r.id = f.rating_id JOIN cases c ON c.case_no = f.case_no`;

export function insertFollowUp(
  db: Db,
  row: Omit<FollowUpRow, 'id' | 'status' | 'outcome' | 'outcome_note' | 'closed_at' | 'closed_by_staff_no' | 'closed_by_name'>,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO follow_ups (rating_id, case_no, status, responsible_id, responsible_staff_no, responsible_name, opened_at,
           opened_on, working_days, due_date)
         VALUES (@rating_id, @case_no, 'open', @responsible_id, @responsible_staff_no, @responsible_name, @opened_at,
           @opened_on, @working_days, @due_date)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function followUpView(db: Db, id: number): FollowUpViewRow | undefined {
  const row = db.prepare(`${viewSelect} WHERE f.id = ?`).get(id);
  return row === undefined ? undefined : parseNarrowColumns<FollowUpViewRow>(followUpViewColumns, row, '回访');
}

export function followUpIdOfRating(db: Db, ratingId: number): number | null {
  return (db.prepare('SELECT id FROM follow_ups WHERE rating_id = ?').get(ratingId) as { id: number } | undefined)?.id ?? null;
}

export function listFollowUpViews(
  db: Db,
  filter: { status: 'open' | 'closed' | 'all'; responsibleId?: number | undefined },
): FollowUpViewRow[] {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.status === 'open') where.push("f.status <> 'closed'");
  if (filter.status === 'closed') where.push("f.status = 'closed'");
  if (filter.responsibleId !== undefined) {
    where.push('f.responsible_id = @responsible');
    params.responsible = filter.responsibleId;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return views(db.prepare(`${viewSelect} ${clause} ORDER BY f.due_date IS NULL, f.due_date, f.id LIMIT 1000`).all(params));
}

/** Open follow-ups due before `today` (uses the partial index on open follow-ups). */
export function overdueFollowUpViews(db: Db, today: string): FollowUpViewRow[] {
  return views(db.prepare(`${viewSelect} WHERE f.status <> 'closed' AND f.due_date < ? ORDER BY f.due_date, f.id`).all(today));
}

export function callbacksOf(db: Db, followUpIds: readonly number[]): CallbackRow[] {
  if (followUpIds.length === 0) return [];
  return db
    .prepare(`SELECT * FROM follow_up_callbacks WHERE follow_up_id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(followUpIds)) as CallbackRow[];
}

export function insertCallback(db: Db, row: CallbackRow): void {
  db.prepare(
    `INSERT INTO follow_up_callbacks (follow_up_id, at, by_staff_no, by_name, reached, note)
     VALUES (@follow_up_id, @at, @by_staff_no, @by_name, @reached, @note)`,
  ).run(row);
}

export function updateFollowUp(db: Db, id: number, changes: Partial<Omit<FollowUpRow, 'id'>>): void {
  const columns = Object.keys(changes);
  db.prepare(`UPDATE follow_ups SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...changes, id });
}
