import type { z } from 'zod';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { CaseDetail } from '../../../shared/intake/case-types';
import type { recordDecisionInputSchema, startInputSchema } from '../../../shared/lifecycle/lifecycle-inputs';
import { maySubtaskMove, outcomeLabels, subtaskStateLabels } from '../../../shared/lifecycle/subtask-states';
import { loadForChange, requireAction, taskAt } from './case-guard';
import { actorLabel, type ChangeContext } from './change-context';
import { commitCaseChange } from './commit-change';
import { closePause, listPauses, updateTask } from './lifecycle-repository';
import { settleCase } from './settle-case';

type StartInput = z.output<typeof startInputSchema>;
type DecisionInput = z.output<typeof recordDecisionInputSchema>;

/** 已受理 → 办理中: one department's sub-task, or every one still waiting. */
export function startProcessing(ctx: ChangeContext & { user: SessionUser }, input: StartInput): CaseDetail {
  const { db, user } = ctx;
  const today = hallDate(ctx.now);
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      const { kase, tasks } = loaded;
      requireAction(ctx, 'start', loaded);
      const chosen =
        input.position === undefined
          ? tasks.filter((t) => t.task_state === 'pending' || t.task_state === 'suspended')
          : [taskAt(tasks, input.position)];
      if (chosen.length === 0) throw new AppError('CONFLICT', '没有待开始办理的子任务');
      for (const task of chosen) {
        const from = task.task_state;
        if (!maySubtaskMove(from, 'in-progress')) {
          throw new AppError('CONFLICT', `“${task.department}”的子任务当前为“${subtaskStateLabels[from]}”，不能开始办理`);
        }
        updateTask(db, kase.case_no, task.position, { task_state: 'in-progress' });
      }
      settleCase(db, kase.case_no, today);
      return commitCaseChange(ctx, kase.case_no, {
        kind: 'case.started',
        summary: `开始办理：${chosen.map((t) => `${t.department}（${t.item_name}）`).join('、')}`,
      });
    })
    .immediate();
}

/**
 * A department's decision on its sub-task, with the decision document's number and date; the
 * last one makes the case 已办结. A result the centre reported without a document number can be
 * completed later with it, but a recorded document is never overwritten.
 */
export function recordDecision(ctx: ChangeContext & { user: SessionUser }, input: DecisionInput): CaseDetail {
  const { db, user } = ctx;
  const today = hallDate(ctx.now);
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      const { kase, tasks } = loaded;
      const state = kase.state;
      const task = taskAt(tasks, input.position);
      // What the clerk typed about this sub-task first; then the case page's rule on it.
      if (task.task_state === 'done') {
        if (task.decision_doc_no !== null) {
          throw new AppError('CONFLICT', `“${task.department}”的办理结果已登记（文号 ${task.decision_doc_no}），不能重复登记`);
        }
        if (task.task_outcome !== null && task.task_outcome !== input.outcome) {
          throw new AppError(
            'CONFLICT',
            `“${task.department}”已报送的结果为“${outcomeLabels[task.task_outcome as 'approved']}”，与所填不一致`,
            'outcome',
          );
        }
      }
      requireAction(ctx, 'record-decision', loaded, task.position);
      const earliest = kase.accepted_on ?? today;
      if (input.decidedOn < earliest || input.decidedOn > today) {
        throw new AppError('VALIDATION', `决定日期应在受理日期 ${earliest} 至今天 ${today} 之间`, 'decidedOn');
      }
      updateTask(db, kase.case_no, task.position, {
        task_state: 'done',
        task_outcome: input.outcome,
        decision_doc_no: input.docNo,
        decision_date: input.decidedOn,
        decided_by: task.decided_by ?? actorLabel(user),
      });
      for (const pause of listPauses(db, kase.case_no)) {
        if (pause.kind === 'special-step' && pause.position === task.position && pause.to_date === null) closePause(db, pause.id, today);
      }
      const after = settleCase(db, kase.case_no, today);
      return commitCaseChange(ctx, kase.case_no, {
        kind: 'decision.recorded',
        summary: `${task.department}办理结果：${outcomeLabels[input.outcome]}，决定文书 ${input.docNo}（${input.decidedOn}）${after === 'decided' && state !== 'decided' ? '；各部门均已办结' : ''}`,
        detail: { position: task.position, outcome: input.outcome, docNo: input.docNo },
      });
    })
    .immediate();
}
