import type { z } from 'zod';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { CaseDetail } from '../../../shared/intake/case-types';
import { pausedWorkingDays } from '../../../shared/lifecycle/clock-rules';
import type { specialStepInputSchema } from '../../../shared/lifecycle/lifecycle-inputs';
import type { Db } from '../../db/open-database';
import { loadForChange, requireAction, taskAt } from './case-guard';
import type { ChangeContext } from './change-context';
import { commitCaseChange } from './commit-change';
import { closePause, listPauses, openPause, updateTask, type PauseRow, type TaskRow } from './lifecycle-repository';
import { settleCase } from './settle-case';

type SpecialStepInput = z.output<typeof specialStepInputSchema>;

function runningStep(db: Db, caseNo: string, position: number, stepName: string): PauseRow | undefined {
  return listPauses(db, caseNo).find(
    (p) => p.kind === 'special-step' && p.position === position && p.step_name === stepName && p.to_date === null,
  );
}

/**
 * Starts a 特殊环节 on one sub-task's clock (a pending sub-task is then 办理中); the one already
 * running when it runs. Shared by the window and a department's word from the centre.
 */
export function startStepPause(db: Db, caseNo: string, task: TaskRow, stepName: string, today: string, note = ''): PauseRow | undefined {
  const running = runningStep(db, caseNo, task.position, stepName);
  if (running) return running;
  openPause(db, { caseNo, kind: 'special-step', position: task.position, stepName, from: today, note });
  if (task.task_state === 'pending') updateTask(db, caseNo, task.position, { task_state: 'in-progress' });
  settleCase(db, caseNo, today);
  return undefined;
}

/** Ends a running 特殊环节: the pause it was, or undefined when it was not running. */
export function endStepPause(db: Db, caseNo: string, position: number, stepName: string, today: string): PauseRow | undefined {
  const running = runningStep(db, caseNo, position, stepName);
  if (running) closePause(db, running.id, today);
  return running;
}

/**
 * A 特殊环节 of a sub-task's item (公示, 现场勘验, 专家评审…) starts or ends. Its days are kept
 * as a pause; one the item marks as not counted moves the due date by the days it runs beyond
 * the time the promise set aside for it (see clock-rules).
 */
export function recordSpecialStep(ctx: ChangeContext & { user: SessionUser }, input: SpecialStepInput): CaseDetail {
  const { db, user } = ctx;
  const today = hallDate(ctx.now);
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      const { kase, tasks } = loaded;
      requireAction(ctx, 'special-step', loaded);
      const task = taskAt(tasks, input.position);
      if (task.task_state === 'done') throw new AppError('CONFLICT', `“${task.department}”的子任务已办结，不能再登记特殊环节`);
      const item = ctx.catalogue.get(task.item_code, today, task.item_version);
      const step = item.specialSteps.find((s) => s.name === input.stepName);
      if (!step) throw new AppError('VALIDATION', `事项“${item.name}”没有名为“${input.stepName}”的特殊环节`, 'stepName');
      const counted = step.countedInLimit ? '计入办理时限' : '不计入办理时限';
      let summary: string;
      if (input.action === 'start') {
        const running = startStepPause(db, kase.case_no, task, step.name, today);
        if (running) throw new AppError('CONFLICT', `特殊环节“${step.name}”已在进行中（自 ${running.from_date} 起）`);
        summary = `${task.department}特殊环节“${step.name}”开始（${counted}，预留 ${step.days} 个工作日）`;
      } else {
        const ended = endStepPause(db, kase.case_no, task.position, step.name, today);
        if (!ended) throw new AppError('CONFLICT', `特殊环节“${step.name}”尚未开始`);
        const used = pausedWorkingDays(ctx.calendar, { from: ended.from_date, to: today }, today);
        summary = `${task.department}特殊环节“${step.name}”结束，用时 ${used} 个工作日（${counted}）`;
      }
      return commitCaseChange(ctx, kase.case_no, {
        kind: `special-step.${input.action}`,
        summary,
        detail: { position: task.position, step: step.name },
      });
    })
    .immediate();
}
