import type { SqlQueries } from '../db/sql';

export interface IssuedEnrolmentCodeRow {
  expires_at: Date;
}

export interface SpentEnrolmentCodeRow {
  hall_name: string;
}

export interface EnrolmentCodeStateRow {
  hall_code: string;
  desk_no: string;
  used: boolean;
  expired: boolean;
}

/** Keeps only the code's hash; it expires `validDays` from now. */
export async function insertEnrolmentCode(
  sql: SqlQueries,
  codeHash: string,
  hallCode: string,
  deskNo: string,
  validDays: number,
): Promise<IssuedEnrolmentCodeRow | undefined> {
  const rows = await sql.query<IssuedEnrolmentCodeRow>(
    `INSERT INTO enrolment_codes (code_hash, hall_code, desk_no, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(days => $4::int))
     RETURNING expires_at`,
    [codeHash, hallCode, deskNo, validDays],
  );
  return rows[0];
}

/**
 * Spends the code in one conditional UPDATE: unused, unexpired and bound to this hall and window.
 * No row when any of that fails, so two desks racing with the same code cannot both win.
 */
export async function spendEnrolmentCode(
  tx: SqlQueries,
  codeHash: string,
  hallCode: string,
  deskNo: string,
): Promise<SpentEnrolmentCodeRow | undefined> {
  const rows = await tx.query<SpentEnrolmentCodeRow>(
    `UPDATE enrolment_codes SET used_at = now()
     WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() AND hall_code = $2 AND desk_no = $3
     RETURNING (SELECT name FROM halls WHERE halls.code = enrolment_codes.hall_code) AS hall_name`,
    [codeHash, hallCode, deskNo],
  );
  return rows[0];
}

export async function recordEnrolmentCodeUsedBy(tx: SqlQueries, codeHash: string, deskId: string): Promise<void> {
  await tx.query('UPDATE enrolment_codes SET used_by_desk = $2 WHERE code_hash = $1', [codeHash, deskId]);
}

/** What the code is bound to and whether it is spent or expired: the reasons a refused enrolment gives. */
export async function findEnrolmentCodeState(tx: SqlQueries, codeHash: string): Promise<EnrolmentCodeStateRow | undefined> {
  const rows = await tx.query<EnrolmentCodeStateRow>(
    `SELECT hall_code, desk_no, used_at IS NOT NULL AS used, expires_at <= now() AS expired
     FROM enrolment_codes WHERE code_hash = $1`,
    [codeHash],
  );
  return rows[0];
}
