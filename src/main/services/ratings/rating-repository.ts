import type { Db } from '../../db/open-database';

export interface InvitationRow {
  id: number;
  case_no: string;
  stage: string;
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
  stage: string;
  invitation_id: number;
  level: string;
  is_bad: number;
  scores: string;
  comment: string | null;
  clerk_id: number;
  clerk_staff_no: string;
  clerk_name: string;
  rated_at: string;
  rated_on: string;
}

export function findInvitation(db: Db, id: number): InvitationRow | undefined {
  return db.prepare('SELECT * FROM rating_invitations WHERE id = ?').get(id) as InvitationRow | undefined;
}

export function caseNoOfInvitation(db: Db, id: number): string | undefined {
  return (db.prepare('SELECT case_no FROM rating_invitations WHERE id = ?').get(id) as { case_no: string } | undefined)?.case_no;
}

export function pendingInvitations(db: Db): InvitationRow[] {
  return db.prepare("SELECT * FROM rating_invitations WHERE status = 'pending' ORDER BY id").all() as InvitationRow[];
}

export function invitationsOfCase(db: Db, caseNo: string): InvitationRow[] {
  return db.prepare('SELECT * FROM rating_invitations WHERE case_no = ? ORDER BY id').all(caseNo) as InvitationRow[];
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
  return db.prepare('SELECT * FROM ratings WHERE case_no = ? AND stage = ?').get(caseNo, stage) as RatingRow | undefined;
}

export function ratingById(db: Db, id: number): RatingRow | undefined {
  return db.prepare('SELECT * FROM ratings WHERE id = ?').get(id) as RatingRow | undefined;
}

export function ratingsOfCase(db: Db, caseNo: string): RatingRow[] {
  return db.prepare('SELECT * FROM ratings WHERE case_no = ? ORDER BY id').all(caseNo) as RatingRow[];
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
  const rows = db.prepare(`SELECT * FROM ratings ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params) as RatingRow[];
  return { total, rows };
}
