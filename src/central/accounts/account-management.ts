import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { personNameSchema, staffNoSchema } from '../../shared/contract/fields';
import { passwordProblem } from '../../shared/contract/password-policy';
import { AppError } from '../../shared/errors';
import type { AccountView } from '../contract/accounts-contract';
import type { Sql, SqlQueries } from '../db/sql';
import {
  findAccountById,
  hallExists,
  insertAccount,
  listAccounts,
  setAccountDisabled,
  setAccountPassword,
  updateAccountBinding,
} from './account-queries';
import type { AccountRow } from './account-queries';
import { checkManages, normaliseBinding } from './account-scope';
import type { AccountBinding } from './account-scope';
import { accountViewOf } from './account-view';
import { appendCentreAudit } from './centre-audit';
import type { CentreUser } from './centre-user';
import { hashPassword, newTemporaryPassword } from './password-hash';
import { deleteAccountSessions } from './session-queries';

export interface NewAccountInput extends AccountBinding {
  staffNo: string;
  name: string;
  initialPassword: string;
}

const staffNoTaken = (staffNo: string) => new AppError('CONFLICT', `工号 ${staffNo} 已被使用`, 'staffNo');

async function checkHall(sql: SqlQueries, binding: AccountBinding): Promise<void> {
  if (binding.hallCode !== null && !(await hallExists(sql, binding.hallCode)))
    throw new AppError('NOT_FOUND', `大厅 ${binding.hallCode} 不存在`, 'hallCode');
}

/** An account the manager may manage, else NOT_FOUND or FORBIDDEN; locked for the rest of the transaction. */
async function managedAccount(tx: SqlQueries, manager: CentreUser, accountId: string): Promise<AccountRow> {
  const account = await findAccountById(tx, accountId, true);
  if (account === null) throw new AppError('NOT_FOUND', '账号不存在');
  checkManages(manager, { role: account.role, hallCode: account.hall_code, department: account.department });
  return account;
}

export async function listManagedAccounts(sql: Sql, manager: CentreUser): Promise<AccountView[]> {
  const rows = await listAccounts(sql, manager.role === 'centre-admin' ? null : (manager.hallCode ?? ''));
  return rows.map(accountViewOf);
}

export async function createAccount(sql: Sql, manager: CentreUser, input: NewAccountInput, now: Date): Promise<AccountView> {
  const binding = normaliseBinding(manager, input);
  checkManages(manager, binding);
  await checkHall(sql, binding);
  const passwordHash = await hashPassword(input.initialPassword);
  return sql.transaction(async (tx) => {
    const row = await insertAccount(tx, { id: randomUUID(), staffNo: input.staffNo, name: input.name, ...binding, passwordHash });
    if (row === null) throw staffNoTaken(input.staffNo);
    await appendCentreAudit(tx, {
      actor: manager,
      action: 'centre.account-created',
      entity: 'centre-account',
      entityId: row.id,
      detail: { staffNo: row.staff_no, name: row.name, ...binding },
      now,
    });
    return accountViewOf(row);
  });
}

export async function updateAccount(
  sql: Sql,
  manager: CentreUser,
  input: AccountBinding & { accountId: string; name: string },
  now: Date,
): Promise<AccountView> {
  const binding = normaliseBinding(manager, input);
  checkManages(manager, binding);
  await checkHall(sql, binding);
  return sql.transaction(async (tx) => {
    const before = await managedAccount(tx, manager, input.accountId);
    if (before.id === manager.accountId && (binding.role !== before.role || binding.hallCode !== before.hall_code))
      throw new AppError('FORBIDDEN', '不能修改自己账号的角色或所属大厅');
    const row = await updateAccountBinding(tx, before.id, { name: input.name, ...binding });
    const changed = { name: row.name, ...binding };
    await appendCentreAudit(tx, {
      actor: manager,
      action: 'centre.account-updated',
      entity: 'centre-account',
      entityId: row.id,
      detail: changed,
      now,
    });
    return accountViewOf(row);
  });
}

export async function setDisabled(
  sql: Sql,
  manager: CentreUser,
  input: { accountId: string; disabled: boolean },
  now: Date,
): Promise<AccountView> {
  if (input.accountId === manager.accountId) throw new AppError('FORBIDDEN', '不能停用自己的账号');
  return sql.transaction(async (tx) => {
    const before = await managedAccount(tx, manager, input.accountId);
    const row = await setAccountDisabled(tx, before.id, input.disabled);
    if (input.disabled) await deleteAccountSessions(tx, row.id);
    const action = input.disabled ? 'centre.account-disabled' : 'centre.account-enabled';
    await appendCentreAudit(tx, {
      actor: manager,
      action,
      entity: 'centre-account',
      entityId: row.id,
      detail: { staffNo: row.staff_no },
      now,
    });
    return accountViewOf(row);
  });
}

/** A temporary password the holder must change at next sign-in; their sessions end and any lockout lifts. */
export async function resetPassword(
  sql: Sql,
  manager: CentreUser,
  input: { accountId: string; temporaryPassword: string },
  now: Date,
): Promise<AccountView> {
  const passwordHash = await hashPassword(input.temporaryPassword);
  return sql.transaction(async (tx) => {
    const before = await managedAccount(tx, manager, input.accountId);
    const problem = passwordProblem(input.temporaryPassword, before.staff_no);
    if (problem !== null) throw new AppError('VALIDATION', problem, 'temporaryPassword');
    const row = await setAccountPassword(tx, before.id, passwordHash, true);
    await deleteAccountSessions(tx, row.id);
    await appendCentreAudit(tx, {
      actor: manager,
      action: 'centre.password-reset',
      entity: 'centre-account',
      entityId: row.id,
      detail: { staffNo: row.staff_no },
      now,
    });
    return accountViewOf(row);
  });
}

export const createCentreAdminInputSchema = z.object({ staffNo: staffNoSchema, name: personNameSchema });

/**
 * A 中心管理员 created with the admin token (the CLI's `account create-admin`): how the first one
 * comes to be. The temporary password is shown once and must be changed at first sign-in.
 */
export async function createCentreAdmin(
  sql: Sql,
  input: { staffNo: string; name: string },
  now: Date,
): Promise<{ account: AccountView; temporaryPassword: string }> {
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return sql.transaction(async (tx) => {
    const binding = { role: 'centre-admin' as const, hallCode: null, department: null };
    const row = await insertAccount(tx, { id: randomUUID(), staffNo: input.staffNo, name: input.name, ...binding, passwordHash });
    if (row === null) throw staffNoTaken(input.staffNo);
    const detail = { staffNo: row.staff_no, name: row.name, ...binding, by: 'admin-token' };
    await appendCentreAudit(tx, { actor: null, action: 'centre.account-created', entity: 'centre-account', entityId: row.id, detail, now });
    return { account: accountViewOf(row), temporaryPassword };
  });
}
