import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { hallCodeSchema } from '../../shared/contract/fields';
import { AppError } from '../../shared/errors';
import {
  departmentDecisionSchema,
  departmentSpecialStepSchema,
  missingMaterialSchema,
  type DepartmentDecision,
  type DepartmentSpecialStep,
  type MissingMaterial,
} from '../../shared/sync/protocol';
import type { Sql, SqlQueries } from '../db/sql';
import { departmentStateLabels, departmentStates } from './department-states';
import type { DepartmentState } from './department-states';
import { recordDepartmentWord } from './case-status-queries';
import { insertPublication } from './publication';

export const caseStatusInputSchema = z
  .object({
    caseNo: z.string().trim().min(1, '请输入受理编号').max(60, '受理编号过长'),
    state: z.enum(departmentStates, { error: `状态应为以下之一：${departmentStates.join('、')}` }),
    note: z.string().trim().max(500, '说明不能超过500个字').default(''),
    department: z.string().trim().min(1, '请填写办理部门').max(60, '部门名称不能超过60个字'),
    /** Case numbers are unique within a hall; the hall is needed only when two halls share one. */
    hallCode: hallCodeSchema.optional(),
    /** The department action's id (the workbench passes its own, so a retried action is one word); generated when absent. */
    wordId: z.uuid('动作编号（wordId）应为 UUID').optional(),
    /** The sub-task's position in the case's items, when the department works more than one of them. */
    position: z.number().int().min(0).optional(),
    missingMaterials: z.array(missingMaterialSchema).max(100, '所缺材料不能超过100项').optional(),
    decision: departmentDecisionSchema.optional(),
    specialStep: departmentSpecialStepSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.state === 'materials-requested' && (input.missingMaterials ?? []).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['missingMaterials'], message: '要求补正时请列出所缺的材料' });
    }
    if ((input.state === 'special-step-started' || input.state === 'special-step-ended') && input.specialStep === undefined) {
      ctx.addIssue({ code: 'custom', path: ['specialStep'], message: '请填写特殊环节的名称' });
    }
    if (input.state === 'partially-approved' && input.decision === undefined) {
      ctx.addIssue({ code: 'custom', path: ['decision'], message: '部分准予时请填写决定文书编号和决定日期' });
    }
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
  wordId: string;
  position?: number;
  missingMaterials?: MissingMaterial[];
  decision?: DepartmentDecision;
  specialStep?: DepartmentSpecialStep;
}

/**
 * A department's word on a case: written to the centre's copy of the case (the department fields,
 * which no desk event touches) and published to the case's hall, in one transaction.
 */
export async function publishCaseStatus(
  sql: Sql,
  input: z.output<typeof caseStatusInputSchema>,
): Promise<CaseStatusUpdate & { cursor: number }> {
  return sql.transaction((tx) => publishCaseStatusIn(tx, input));
}

/** publishCaseStatus inside the caller's transaction (the workbench's actions write their sub-task in the same one). */
export async function publishCaseStatusIn(
  tx: SqlQueries,
  input: z.output<typeof caseStatusInputSchema>,
): Promise<CaseStatusUpdate & { cursor: number }> {
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
    wordId: input.wordId ?? randomUUID(),
    ...(input.position === undefined ? {} : { position: input.position }),
    ...(input.missingMaterials === undefined ? {} : { missingMaterials: input.missingMaterials }),
    ...(input.decision === undefined ? {} : { decision: input.decision }),
    ...(input.specialStep === undefined ? {} : { specialStep: input.specialStep }),
  };
  const published = await insertPublication(tx, 'case-status', row.hall_code, update);
  return { ...update, cursor: published.cursor };
}
