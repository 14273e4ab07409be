import type { Db } from '../../db/open-database';
import { z } from 'zod';
import { roles, type Role } from '../../../shared/contract/roles';
import { parseNarrowColumns, parseNarrowRows } from '../../db/parse-row';
import type { User } from '../../../shared/contract/user-types';

export interface UserRecord {
  id: number;
  staff_no: string;
  name: string;
  role: Role;
  password_hash: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  must_change_password: number;
  created_at: string;
  updated_at: string;
}

/** The role is the one column narrower than SQLite's; checked on every read. */
const userColumns = z.object({ role: z.enum(roles) });
const user = (row: unknown) => (row === undefined ? undefined : parseNarrowColumns<UserRecord>(userColumns, row, '账号'));
const users = (rows: unknown[]) => parseNarrowRows<UserRecord>(userColumns, rows, '账号');

export function toUser(record: UserRecord): User {
  return {
    id: record.id,
    staffNo: record.staff_no,
    name: record.name,
    role: record.role,
    active: record.active === 1,
    lockedUntil: record.locked_until,
    mustChangePassword: record.must_change_password === 1,
    createdAt: record.created_at,
  };
}

export function findUserByStaffNo(db: Db, staffNo: string): UserRecord | undefined {
  return user(db.prepare('SELECT * FROM users WHERE staff_no = ?').get(staffNo));
}

export function findUserById(db: Db, id: number): UserRecord | undefined {
  return user(db.prepare('SELECT * FROM users WHERE id = ?').get(id));
}

export function listUsers(db: Db): UserRecord[] {
  return users(db.prepare('SELECT * FROM users ORDER BY staff_no').all());
}

/** Active accounts but agents and `staffNo`: supervisors first, then administrators, then clerks. */
export function listActiveStaffExcept(db: Db, staffNo: string): UserRecord[] {
  return users(
    db
      .prepare(
        "SELECT * FROM users WHERE active = 1 AND role <> 'agent' AND staff_no <> ? ORDER BY CASE role WHEN 'supervisor' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END, staff_no",
      )
      .all(staffNo),
  );
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function insertUser(
  db: Db,
  user: { staffNo: string; name: string; role: Role; passwordHash: string; at: string; mustChangePassword?: boolean },
): UserRecord {
  const info = db
    .prepare(
      `INSERT INTO users (staff_no, name, role, password_hash, must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(user.staffNo, user.name, user.role, user.passwordHash, Number(user.mustChangePassword ?? false), user.at, user.at);
  return findUserById(db, Number(info.lastInsertRowid)) as UserRecord;
}

export function updateUserFields(
  db: Db,
  id: number,
  fields: { name?: string; role?: Role; active?: boolean; passwordHash?: string; mustChangePassword?: boolean },
  at: string,
): void {
  const current = findUserById(db, id);
  if (!current) return;
  db.prepare(
    `UPDATE users SET name = ?, role = ?, active = ?, password_hash = ?, must_change_password = ?, updated_at = ?,
       failed_attempts = CASE WHEN ? THEN 0 ELSE failed_attempts END,
       locked_until = CASE WHEN ? THEN NULL ELSE locked_until END
     WHERE id = ?`,
  ).run(
    fields.name ?? current.name,
    fields.role ?? current.role,
    fields.active === undefined ? current.active : Number(fields.active),
    fields.passwordHash ?? current.password_hash,
    fields.mustChangePassword === undefined ? current.must_change_password : Number(fields.mustChangePassword),
    at,
    Number(fields.passwordHash !== undefined),
    Number(fields.passwordHash !== undefined),
    id,
  );
  if (fields.passwordHash !== undefined) db.prepare('DELETE FROM login_throttle WHERE user_id = ?').run(id);
}
