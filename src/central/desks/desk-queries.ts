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
