import { z } from 'zod';

/**
 * Who works at the centre. A department reviewer is bound to one department (the name the
 * catalogue gives an item's department), a hall administrator to one hall; the inspector reads
 * across halls and changes nothing; the centre administrator manages accounts and publishes.
 * The printed admin token stays for the CLI and automation only.
 */
export const centreRoles = ['department-reviewer', 'hall-admin', 'inspector', 'centre-admin'] as const;
export type CentreRole = (typeof centreRoles)[number];

export const centreRoleLabels: Record<CentreRole, string> = {
  'department-reviewer': '部门审批人员',
  'hall-admin': '大厅管理员',
  inspector: '督查',
  'centre-admin': '中心管理员',
};

export const centreRoleSchema = z.enum(centreRoles, { error: `角色应为以下之一：${Object.values(centreRoleLabels).join('、')}` });

/** The signed-in person as every scoped query sees them (never taken from the request body). */
export interface CentreUser {
  accountId: string;
  staffNo: string;
  name: string;
  role: CentreRole;
  /** Set for a hall administrator (and a department reviewer bound to one hall's department, if ever); null otherwise. */
  hallCode: string | null;
  /** Set for a department reviewer only. */
  department: string | null;
}
