import { z } from 'zod';
import type { SqlQueries } from '../db/sql';
import { centreRoleSchema } from './centre-user';

/** One account as stored; the role is parsed, never cast. */
const accountRowSchema = z.object({
  id: z.string(),
  staff_no: z.string(),
  name: z.string(),
  role: centreRoleSchema,
  hall_code: z.string().nullable(),
  department: z.string().nullable(),
  password_hash: z.string(),
  failed_count: z.number(),
  locked_until: z.date().nullable(),
  must_change_password: z.boolean(),
  disabled: z.boolean(),
  created_at: z.date(),
});
export type AccountRow = z.infer<typeof accountRowSchema>;

const accountColumns = `id::text AS id, staff_no, name, role, hall_code, department, password_hash, failed_count,
  locked_until, must_change_password, disabled, created_at`;

const parseRows = (rows: unknown[]): AccountRow[] => rows.map((row) => accountRowSchema.parse(row));

export interface NewAccountRow {
  id: string;
  staffNo: string;
  name: string;
  role: AccountRow['role'];
  hallCode: string | null;
  department: string | null;
  passwordHash: string;
}

/** Null when the 工号 is taken (any letter case). */
export async function insertAccount(tx: SqlQueries, account: NewAccountRow): Promise<AccountRow | null> {
  const rows = await tx.query(
    `INSERT INTO centre_accounts (id, staff_no, name, role, hall_code, department, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT DO NOTHING
     RETURNING ${accountColumns}`,
    [account.id, account.staffNo, account.name, account.role, account.hallCode, account.department, account.passwordHash],
  );
  return parseRows(rows)[0] ?? null;
}

export async function findAccountByStaffNo(sql: SqlQueries, staffNo: string): Promise<AccountRow | null> {
  const rows = await sql.query(`SELECT ${accountColumns} FROM centre_accounts WHERE upper(staff_no) = upper($1)`, [staffNo]);
  return parseRows(rows)[0] ?? null;
}

/** `forUpdate`: the row stays locked until the transaction ends (two sign-ins count their failures one after the other). */
export async function findAccountById(sql: SqlQueries, id: string, forUpdate = false): Promise<AccountRow | null> {
  const rows = await sql.query(`SELECT ${accountColumns} FROM centre_accounts WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return parseRows(rows)[0] ?? null;
}

/** Every account, or only one hall's department reviewers (what a hall administrator manages). */
export async function listAccounts(sql: SqlQueries, onlyReviewersOfHall: string | null): Promise<AccountRow[]> {
  const rows =
    onlyReviewersOfHall === null
      ? await sql.query(`SELECT ${accountColumns} FROM centre_accounts ORDER BY staff_no`)
      : await sql.query(
          `SELECT ${accountColumns} FROM centre_accounts WHERE role = 'department-reviewer' AND hall_code = $1 ORDER BY staff_no`,
          [onlyReviewersOfHall],
        );
  return parseRows(rows);
}

export async function updateAccountBinding(
  tx: SqlQueries,
  id: string,
  binding: { name: string; role: AccountRow['role']; hallCode: string | null; department: string | null },
): Promise<AccountRow> {
  const rows = await tx.query(
    `UPDATE centre_accounts SET name = $2, role = $3, hall_code = $4, department = $5, updated_at = now()
     WHERE id = $1 RETURNING ${accountColumns}`,
    [id, binding.name, binding.role, binding.hallCode, binding.department],
  );
  return parseRows(rows)[0]!;
}

export async function setAccountDisabled(tx: SqlQueries, id: string, disabled: boolean): Promise<AccountRow> {
  const rows = await tx.query(`UPDATE centre_accounts SET disabled = $2, updated_at = now() WHERE id = $1 RETURNING ${accountColumns}`, [
    id,
    disabled,
  ]);
  return parseRows(rows)[0]!;
}

/** A new password hash; `mustChange` for one an administrator set, false once the holder chose it. Lifts any lockout. */
export async function setAccountPassword(tx: SqlQueries, id: string, passwordHash: string, mustChange: boolean): Promise<AccountRow> {
  const rows = await tx.query(
    `UPDATE centre_accounts SET password_hash = $2, must_change_password = $3, failed_count = 0, locked_until = NULL, updated_at = now()
     WHERE id = $1 RETURNING ${accountColumns}`,
    [id, passwordHash, mustChange],
  );
  return parseRows(rows)[0]!;
}

export async function recordFailedSignIn(tx: SqlQueries, id: string, failedCount: number, lockedUntil: Date | null): Promise<void> {
  await tx.query('UPDATE centre_accounts SET failed_count = $2, locked_until = $3 WHERE id = $1', [id, failedCount, lockedUntil]);
}

export async function clearFailedSignIns(tx: SqlQueries, id: string): Promise<void> {
  await tx.query('UPDATE centre_accounts SET failed_count = 0, locked_until = NULL WHERE id = $1 AND failed_count > 0', [id]);
}

export async function hallExists(sql: SqlQueries, code: string): Promise<boolean> {
  const rows = await sql.query('SELECT 1 FROM halls WHERE code = $1', [code]);
  return rows.length > 0;
}
