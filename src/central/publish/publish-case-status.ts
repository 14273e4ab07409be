import { z } from 'zod';
import { hallCodeSchema } from '../../shared/contract/fields';
import { AppError } from '../../shared/errors';
import type { Sql } from '../db/sql';
import { departmentStateLabels, departmentStates } from './department-states';
import type { DepartmentState } from './department-states';
import { recordDepartmentWord } from './case-status-queries';
import { insertPublication } from './publication';

export const caseStatusInputSchema = z.object({
  caseNo: z.string().trim().min(1, '请输入受理编号').max(60, '受理编号过长'),
  state: z.enum(departmentStates, { error: `状态应为以下之一：${departmentStates.join('、')}` }),
  note: z.string().trim().max(500, '说明不能超过500个字').default(''),
  department: z.string().trim().min(1, '请填写办理部门').max(60, '部门名称不能超过60个字'),
  /** Case numbers are unique within a hall; the hall is needed only when two halls share one. */
  hallCode: hallCodeSchema.optional(),
});
export type CaseStatusInput = z.input<typeof caseStatusInputSchema>;

/** The body of a 'case-status' change: department-owned fields only, never intake fields. */
export interface CaseStatusUpdate {
  caseNo: string;
  hallCode: string;
  deskNo: string;
  state: DepartmentState;
  stateLabel: string;
  department: string;
  note: string;
  updatedAt: string;
}

/**
 * A department's word on a case: written to the centre's copy of the case (the department fields,
 * which no desk event touches) and published to the case's hall, in one transaction.
 */
export async function publishCaseStatus(
  sql: Sql,
  input: z.output<typeof caseStatusInputSchema>,
): Promise<CaseStatusUpdate & { cursor: number }> {
  return sql.transaction(async (tx) => {
    const rows = await recordDepartmentWord(tx, { ...input, hallCode: input.hallCode ?? null });
    if (rows.length > 1) {
      throw new AppError('VALIDATION', `多个大厅都有受理编号为 ${input.caseNo} 的案件，请同时指定大厅编码（hallCode）`, 'hallCode');
    }
    const row = rows[0];
    if (row === undefined) throw new AppError('NOT_FOUND', `中心没有受理编号为 ${input.caseNo} 的案件（窗口可能尚未同步）`, 'caseNo');
    const update: CaseStatusUpdate = {
      caseNo: input.caseNo,
      hallCode: row.hall_code,
      deskNo: row.desk_no,
      state: input.state,
      stateLabel: departmentStateLabels[input.state],
      department: input.department,
      note: input.note,
      updatedAt: row.status_updated_at.toISOString(),
    };
    const published = await insertPublication(tx, 'case-status', row.hall_code, update);
    return { ...update, cursor: published.cursor };
  });
}
