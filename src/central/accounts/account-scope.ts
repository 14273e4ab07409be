import { AppError } from '../../shared/errors';
import type { CentreRole, CentreUser } from './centre-user';

export interface AccountBinding {
  role: CentreRole;
  hallCode: string | null;
  department: string | null;
}

/**
 * Who manages whom: the centre administrator every account; a hall administrator only the
 * department reviewers bound to their own hall (they cannot make another administrator or an
 * inspector, nor touch another hall's people). Nobody changes their own role or disables themselves.
 */
export function checkManages(manager: CentreUser, target: AccountBinding): void {
  if (manager.role === 'centre-admin') return;
  if (manager.role === 'hall-admin' && target.role === 'department-reviewer' && target.hallCode === manager.hallCode) return;
  throw new AppError('FORBIDDEN', '大厅管理员只能管理本大厅的部门审批人员账号');
}

/** What a role is bound to: a reviewer a department (a hall optional), a hall administrator a hall, the others nothing. */
export function normaliseBinding(manager: CentreUser, wanted: AccountBinding): AccountBinding {
  // A hall administrator's new reviewers belong to their hall without saying so.
  const hallCode = wanted.hallCode ?? (manager.role === 'hall-admin' ? manager.hallCode : null);
  switch (wanted.role) {
    case 'department-reviewer':
      if (wanted.department === null) throw new AppError('VALIDATION', '部门审批人员须指定所属部门', 'department');
      return { role: wanted.role, hallCode, department: wanted.department };
    case 'hall-admin':
      if (hallCode === null) throw new AppError('VALIDATION', '大厅管理员须指定所属大厅', 'hallCode');
      return { role: wanted.role, hallCode, department: null };
    default:
      return { role: wanted.role, hallCode: null, department: null };
  }
}
