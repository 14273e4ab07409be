import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { hallDate } from '../../shared/calendar/hall-date';
import type { DepartmentState } from '../../shared/sync/protocol';
import { appendCentreAudit } from '../accounts/centre-audit';
import type { CentreUser } from '../accounts/centre-user';
import type {
  ActionReply,
  decideInputSchema,
  DecisionOutcome,
  requestMaterialsInputSchema,
  ReviewState,
  specialStepInputSchema,
  startReviewInputSchema,
} from '../contract/workbench-contract';
import { reviewStateLabels } from '../contract/workbench-contract';
import type { Sql, SqlQueries } from '../db/sql';
import { publishCaseStatusIn } from '../publish/publish-case-status';
import { settleProjections } from '../sync/settle-projections';
import { centreCalendar } from './centre-calendar';
import { suppliedBeforeRequest } from './materials-requests';
import { actionByWordId, insertAction, updateReview } from './review-queries';
import { lockCase, subtaskByKey } from './subtask-queries';
import { parseSubtaskRows, toQueueRow } from './subtask-row';
import type { SubtaskRow } from './subtask-row';
import { worksSubtask } from './workbench-scope';

export type WorkAction = 'start' | 'request-materials' | 'special-step-start' | 'special-step-end' | 'decide';

const outcomeLabels: Record<DecisionOutcome, string> = { approved: '准予', disapproved: '不予', 'partially-approved': '部分准予' };

/** One department action: where it may start from, and what it makes of the sub-task and the word the desk gets. */
interface ActionPlan {
  action: WorkAction;
  from: readonly ReviewState[];
  to: ReviewState;
  published: DepartmentState;
  summary: string;
  /** The protocol's action fields of the published word (missingMaterials, specialStep or decision). */
  word: Record<string, unknown>;
  decision: { outcome: DecisionOutcome; documentNo: string; decidedOn: string } | null;
}

type ActionInput = z.output<typeof startReviewInputSchema>;

/** 开始审查. */
export function startPlan(): ActionPlan {
  return { action: 'start', from: ['waiting'], to: 'in-review', published: 'in-review', summary: '开始审查', word: {}, decision: null };
}

/** 要求补正: the case goes to 待补正 at the window with this list. */
export function requestMaterialsPlan(input: z.output<typeof requestMaterialsInputSchema>): ActionPlan {
  return {
    action: 'request-materials',
    from: ['waiting', 'in-review'],
    to: 'materials-requested',
    published: 'materials-requested',
    summary: `要求补正：${input.missingMaterials.map((m) => m.name).join('、')}`,
    word: { missingMaterials: input.missingMaterials },
    decision: null,
  };
}

/** 特殊环节 start (the clock pauses at the window as its rules say) or end. */
export function specialStepPlan(input: z.output<typeof specialStepInputSchema>, starting: boolean): ActionPlan {
  return {
    action: starting ? 'special-step-start' : 'special-step-end',
    from: starting ? ['in-review'] : ['special-step'],
    to: starting ? 'special-step' : 'in-review',
    published: starting ? 'special-step-started' : 'special-step-ended',
    summary: `特殊环节${starting ? '开始' : '结束'}：${input.specialStep.kind}`,
    word: { specialStep: input.specialStep },
    decision: null,
  };
}

/** 准予 / 不予 / 部分准予 with the decision document. */
export function decidePlan(input: z.output<typeof decideInputSchema>): ActionPlan {
  return {
    action: 'decide',
    from: ['waiting', 'in-review'],
    to: input.outcome,
    published: input.outcome,
    summary: `${outcomeLabels[input.outcome]}（决定文书 ${input.decision.documentNo}，${input.decision.decidedOn}）`,
    word: { decision: input.decision },
    decision: { outcome: input.outcome, documentNo: input.decision.documentNo, decidedOn: input.decision.decidedOn },
  };
}

/**
 * Does one action of the sub-task's own department, in ONE transaction: the sub-task's review
 * state, the action's record (keyed by the screen's word id, so a retried click does nothing
 * more), the case-status word published to the case's hall (which the desk applies once), and
 * the centre's audit entry.
 */
export async function actOnSubtask(
  sql: Sql,
  user: CentreUser,
  input: ActionInput,
  plan: ActionPlan,
  now: Date = new Date(),
): Promise<ActionReply> {
  // The action acts on the sub-task as the hall's desks have last synced it (settle-projections.ts).
  await settleProjections(sql, input.hallCode);
  const calendar = await centreCalendar(sql);
  const today = hallDate(now);
  return sql.transaction(async (tx) => {
    await lockCase(tx, input.hallCode, input.caseNo);
    const row = await lockedSubtask(tx, input);
    mayAct(user, row);
    const done = await actionByWordId(tx, input.hallCode, input.caseNo, input.wordId);
    if (done !== undefined) {
      if (done.action !== plan.action || done.position !== input.position)
        throw new AppError('CONFLICT', '该动作编号已用于另一项操作，请刷新后重试');
      return { subtask: toQueueRow(row, calendar, today), applied: false, cursor: done.feed_cursor };
    }
    if (!row.is_open) throw new AppError('CONFLICT', '该子任务已办结或案件已结束，不能再办理');
    if (!plan.from.includes(row.review_state)) {
      throw new AppError('CONFLICT', `该子任务当前为“${reviewStateLabels[row.review_state]}”，不能进行此操作，请刷新后重试`);
    }
    // What ends a 补正: the desk showing more of the department's 补正 over than now (materials-requests.ts).
    const supplied =
      plan.action === 'request-materials'
        ? { suppliedBefore: await suppliedBeforeRequest(tx, row.hall_code, row.case_no, row.department) }
        : {};
    await updateReview(tx, {
      hallCode: row.hall_code,
      caseNo: row.case_no,
      position: row.position,
      reviewState: plan.to,
      note: input.note,
      decision: plan.decision,
    });
    const published = await publishCaseStatusIn(tx, {
      caseNo: row.case_no,
      hallCode: row.hall_code,
      state: plan.published,
      note: input.note,
      department: row.department,
      wordId: input.wordId,
      position: row.position,
      ...plan.word,
    });
    await insertAction(tx, {
      hallCode: row.hall_code,
      caseNo: row.case_no,
      wordId: input.wordId,
      position: row.position,
      department: row.department,
      action: plan.action,
      publishedState: plan.published,
      actorStaffNo: user.staffNo,
      actorName: user.name,
      detail: { summary: plan.summary, note: input.note, ...plan.word, ...supplied },
      feedCursor: published.cursor,
    });
    await appendCentreAudit(tx, {
      actor: user,
      action: `work.${plan.action}`,
      entity: 'subtask',
      entityId: `${row.hall_code}/${row.case_no}/${row.position}`,
      detail: { wordId: input.wordId, department: row.department, summary: plan.summary, cursor: published.cursor },
      now,
    });
    const after = await lockedSubtask(tx, input);
    return { subtask: toQueueRow(after, calendar, today), applied: true, cursor: published.cursor };
  });
}

async function lockedSubtask(tx: SqlQueries, key: ActionInput): Promise<SubtaskRow> {
  const row = parseSubtaskRows(await subtaskByKey(tx, key.hallCode, key.caseNo, key.position, true))[0];
  if (row === undefined) throw new AppError('NOT_FOUND', `中心没有该子任务（${key.hallCode} ${key.caseNo} 第 ${key.position + 1} 项）`);
  return row;
}

/** Only a reviewer of the sub-task's own department acts on it (an account bound to a hall: in that hall only). */
function mayAct(user: CentreUser, row: SubtaskRow): void {
  if (!worksSubtask(user, row.hall_code, row.department)) throw new AppError('FORBIDDEN', '只有该事项所属部门的审批人员可以办理此子任务');
}
