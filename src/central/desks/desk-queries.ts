import type { SqlQueries } from '../db/sql';

export interface DeskCredentialRow {
  hall_code: string;
  desk_no: string;
  credential_hash: string;
  revoked: boolean;
  case_number_formats: unknown;
  open_rejections: number;
}

export async function findDeskCredential(sql: SqlQueries, deskId: string): Promise<DeskCredentialRow | undefined> {
  const rows = await sql.query<DeskCredentialRow>(
    `SELECT hall_code, desk_no, credential_hash, revoked_at IS NOT NULL AS revoked, case_number_formats, open_rejections
     FROM desks WHERE id = $1`,
    [deskId],
  );
  return rows[0];
}

export async function updateDeskFormats(tx: SqlQueries, deskId: string, formats: readonly string[]): Promise<void> {
  await tx.query('UPDATE desks SET case_number_formats = $2::jsonb WHERE id = $1', [deskId, JSON.stringify(formats)]);
}

/** The highest seq the centre holds from this desk: a replacement desk numbers its events above it. */
export async function deskHighWaterSeq(sql: SqlQueries, deskId: string): Promise<number> {
  const rows = await sql.query<{ high_water_seq: number }>('SELECT high_water_seq FROM desks WHERE id = $1', [deskId]);
  return rows[0]?.high_water_seq ?? 0;
}

/**
 * A window's credential: a new desk row, or the window's existing row with the credential replaced,
 * un-revoked and re-enrolled (a new PC at the same window). Returns the desk's id.
 */
export async function upsertDeskCredential(
  tx: SqlQueries,
  newDeskId: string,
  hallCode: string,
  deskNo: string,
  credentialHash: string,
): Promise<string | undefined> {
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO desks (id, hall_code, desk_no, credential_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (hall_code, desk_no)
     DO UPDATE SET credential_hash = EXCLUDED.credential_hash, revoked_at = NULL, enrolled_at = now()
     RETURNING id`,
    [newDeskId, hallCode, deskNo, credentialHash],
  );
  return rows[0]?.id;
}

/** A desk by its id, or by its hall and window number. */
export type DeskSelector = { deskId: string } | { hallCode: string; deskNo: string };

export interface RevokedDeskRow {
  id: string;
  hall_code: string;
  desk_no: string;
  revoked_at: Date;
}

/** Revoking twice keeps the first time. No row when there is no such desk. */
export async function markDeskRevoked(sql: SqlQueries, desk: DeskSelector): Promise<RevokedDeskRow | undefined> {
  const [where, params] = 'deskId' in desk ? ['id = $1', [desk.deskId]] : ['hall_code = $1 AND desk_no = $2', [desk.hallCode, desk.deskNo]];
  const rows = await sql.query<RevokedDeskRow>(
    `UPDATE desks SET revoked_at = coalesce(revoked_at, now()) WHERE ${where}
     RETURNING id, hall_code, desk_no, revoked_at`,
    params,
  );
  return rows[0];
}
