import type { AccountView, CentreSessionView } from '../contract/accounts-contract';
import type { AccountRow } from './account-queries';
import type { CentreUser } from './centre-user';

export function centreUserOfRow(row: AccountRow): CentreUser {
  return { accountId: row.id, staffNo: row.staff_no, name: row.name, role: row.role, hallCode: row.hall_code, department: row.department };
}

export function accountViewOf(row: AccountRow): AccountView {
  return {
    ...centreUserOfRow(row),
    disabled: row.disabled,
    mustChangePassword: row.must_change_password,
    lockedUntil: row.locked_until?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

export function sessionViewOf(row: AccountRow, csrfToken: string): CentreSessionView {
  return { user: centreUserOfRow(row), mustChangePassword: row.must_change_password, csrfToken };
}
