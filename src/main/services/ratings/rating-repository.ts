import { z } from 'zod';
import { ratingLevels, ratingStages, type RatingLevel, type RatingStage } from '../../../shared/ratings/rating-levels';
import type { Db } from '../../db/open-database';
import { parseNarrowColumns, parseNarrowRows } from '../../db/parse-row';

export interface InvitationRow {
  id: number;
  case_no: string;
  stage: RatingStage;
  token: string;
  status: 'pending' | 'rated' | 'cancelled';
  clerk_id: number;
  clerk_staff_no: string;
  clerk_name: string;
  invited_at: string;
  closed_at: string | null;
}

export interface RatingRow {
  id: number;
  case_no: string;
  stage: RatingStage;
  invitation_id: number;
  level: RatingLevel;
  is_bad: number;
  scores: string;
  comment: string | null;
  clerk_id: number;
  clerk_staff_no: string;
  clerk_name: string;
  rated_at: string;
  rated_on: string;
}

/** The columns narrower than SQLite's, checked on every read. */
const invitationColumns = z.object({ stage: z.enum(ratingStages), status: z.enum(['pending', 'rated', 'cancelled']) });
const ratingColumns = z.object({ stage: z.enum(ratingStages), level: z.enum(ratingLevels) });
const invitation = (row: unknown) =>
  row === undefined ? undefined : parseNarrowColumns<InvitationRow>(invitationColumns, row, '评价邀请');
const invitations = (rows: unknown[]) => parseNarrowRows<InvitationRow>(invitationColumns, rows, '评价邀请');
const rating = (row: unknown) => (row === undefined ? undefined : parseNarrowColumns<RatingRow>(ratingColumns, row, '评价'));
const ratings = (rows: unknown[]) => parseNarrowRows<RatingRow>(ratingColumns, rows, '评价');

export function findInvitation(db: Db, id: number): InvitationRow | undefined {
  return invitation(db.prepare('SELECT * FROM rating_invitations WHERE id = ?').get(id));
}

export function caseNoOfInvitation(db: Db, id: number): string | undefined {
  return (db.prepare('SELECT case_no FROM rating_invitations WHERE id = ?').get(id) as { case_no: string } | undefined)?.case_no;
}

export function pendingInvitations(db: Db): InvitationRow[] {
  return invitations(db.prepare("SELECT * FROM rating_invitations WHERE status = 'pending' ORDER BY id").all());
}

export function invitationsOfCase(db: Db, caseNo: string): InvitationRow[] {
  return invitations(db.prepare('SELECT * FROM rating_invitations WHERE case_no = ? ORDER BY id').all(caseNo));
}

export function insertInvitation(db: Db, row: Omit<InvitationRow, 'id' | 'closed_at' | 'status'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO rating_invitations (case_no, stage, token, status, clerk_id, clerk_staff_no, clerk_name, invited_at)
         VALUES (@case_no, @stage, @token, 'pending', @clerk_id, @clerk_staff_no, @clerk_name, @invited_at)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function closeInvitation(db: Db, id: number, status: 'rated' | 'cancelled', at: string): void {
  db.prepare("UPDATE rating_invitations SET status = ?, closed_at = ? WHERE id = ? AND status = 'pending'").run(status, at, id);
}

export function findRating(db: Db, caseNo: string, stage: string): RatingRow | undefined {
  return rating(db.prepare('SELECT * FROM ratings WHERE case_no = ? AND stage = ?').get(caseNo, stage));
}

export function ratingById(db: Db, id: number): RatingRow | undefined {
  return rating(db.prepare('SELECT * FROM ratings WHERE id = ?').get(id));
}

export function ratingsOfCase(db: Db, caseNo: string): RatingRow[] {
  return ratings(db.prepare('SELECT * FROM ratings WHERE case_no = ? ORDER BY id').all(caseNo));
}

export function insertRating(db: Db, row: Omit<RatingRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO ratings (case_no, stage, invitation_id, level, is_bad, scores, comment, clerk_id, clerk_staff_no, clerk_name,
           rated_at, rated_on)
         VALUES (@case_no, @stage, @invitation_id, @level, @is_bad, @scores, @comment, @clerk_id, @clerk_staff_no, @clerk_name,
           @rated_at, @rated_on)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function listRatings(
  db: Db,
  filter: { from?: string | undefined; to?: string | undefined; badOnly: boolean },
  limit: number,
  offset: number,
) {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit, offset };
  if (filter.from) {
    where.push('rated_on >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    where.push('rated_on <= @to');
    params.to = filter.to;
  }
  if (filter.badOnly) where.push('is_bad = 1');
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM ratings ${clause}`).get(params) as { n: number }).n;
  const rows = ratings(db.prepare(`SELECT * FROM ratings ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params));
  return { total, rows };
}
