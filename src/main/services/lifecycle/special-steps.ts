import type { z } from 'zod';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { CaseDetail } from '../../../shared/intake/case-types';
import { pausedWorkingDays } from '../../../shared/lifecycle/clock-rules';
import type { specialStepInputSchema } from '../../../shared/lifecycle/lifecycle-inputs';
import { loadForChange, requireAction } from './case-guard';
import type { ChangeContext } from './change-context';
import { commitCaseChange } from './commit-change';
import { closePause, listPauses, openPause, updateTask } from './lifecycle-repository';
import { settleCase } from './settle-case';

type SpecialStepInput = z.output<typeof specialStepInputSchema>;

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
      const task = tasks.find((t) => t.position === input.position);
      if (!task) throw new AppError('VALIDATION', '本案件没有该子任务', 'position');
      if (task.task_state === 'done') throw new AppError('CONFLICT', `“${task.department}”的子任务已办结，不能再登记特殊环节`);
      const item = ctx.catalogue.get(task.item_code, today, task.item_version);
      const step = item.specialSteps.find((s) => s.name === input.stepName);
      if (!step) throw new AppError('VALIDATION', `事项“${item.name}”没有名为“${input.stepName}”的特殊环节`, 'stepName');
      const running = listPauses(db, kase.case_no).find(
        (p) => p.kind === 'special-step' && p.position === task.position && p.step_name === step.name && p.to_date === null,
      );
      const counted = step.countedInLimit ? '计入办理时限' : '不计入办理时限';
      let summary: string;
      if (input.action === 'start') {
        if (running) throw new AppError('CONFLICT', `特殊环节“${step.name}”已在进行中（自 ${running.from_date} 起）`);
        openPause(db, { caseNo: kase.case_no, kind: 'special-step', position: task.position, stepName: step.name, from: today, note: '' });
        if (task.task_state === 'pending') updateTask(db, kase.case_no, task.position, { task_state: 'in-progress' });
        settleCase(db, kase.case_no, today);
        summary = `${task.department}特殊环节“${step.name}”开始（${counted}，预留 ${step.days} 个工作日）`;
      } else {
        if (!running) throw new AppError('CONFLICT', `特殊环节“${step.name}”尚未开始`);
        closePause(db, running.id, today);
        const used = pausedWorkingDays(ctx.calendar, { from: running.from_date, to: today }, today);
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
