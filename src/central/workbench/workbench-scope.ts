import { AppError } from '../../shared/errors';
import type { CentreUser } from '../accounts/centre-user';

/** Which sub-tasks an account sees: its department's, its hall's, or (null, null) every one. */
export interface WorkbenchScope {
  department: string | null;
  hallCode: string | null;
}

/**
 * The back end's scoping, from the signed-in account only: a department reviewer sees their own
 * department's sub-tasks (in every hall, or one hall if the account is bound to it), a hall
 * administrator their hall's, the inspector and the centre administrator every one.
 */
export function workbenchScope(user: CentreUser): WorkbenchScope {
  switch (user.role) {
    case 'department-reviewer':
      if (user.department === null) throw new AppError('FORBIDDEN', '当前账号未绑定审批部门，请联系中心管理员');
      return { department: user.department, hallCode: user.hallCode };
    case 'hall-admin':
      if (user.hallCode === null) throw new AppError('FORBIDDEN', '当前账号未绑定大厅，请联系中心管理员');
      return { department: null, hallCode: user.hallCode };
    case 'inspector':
    case 'centre-admin':
      return { department: null, hallCode: null };
  }
}

/** Whether a sub-task of `department` in `hallCode` is within the scope. */
export function inScope(scope: WorkbenchScope, hallCode: string, department: string): boolean {
  return (scope.department === null || scope.department === department) && (scope.hallCode === null || scope.hallCode === hallCode);
}
