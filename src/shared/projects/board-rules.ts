import type { CaseState } from '../intake/case-types';
import { worseLevel, type WarningLevel } from '../lifecycle/warning-level';
import type { ChainStage } from './chain-template';
import type { BoardItem, BoardStage, ItemProgressState, StageState } from './project-views';

/** A case that ended without a decision leaves its item to be applied for again. */
const endedWithoutDecision: readonly CaseState[] = ['refused', 'withdrawn', 'terminated', 'voided'];

/** An item's progress from the case registered for it and its sub-task. */
export function itemProgress(caseState: CaseState | null, taskDone: boolean): ItemProgressState {
  if (caseState === null || endedWithoutDecision.includes(caseState)) return 'not-started';
  if (taskDone || caseState === 'decided' || caseState === 'delivered') return 'decided';
  if (caseState === 'awaiting-materials') return 'awaiting-materials';
  return 'accepted';
}

/**
 * Stage states in order: a stage is done when every item is decided; a stage is open when every
 * earlier stage that must finish first has finished; otherwise it is locked.
 */
export function stageStates(
  stages: readonly { finishBeforeNext: boolean; items: readonly { state: ItemProgressState }[] }[],
): StageState[] {
  let blocked = false;
  return stages.map((stage) => {
    const done = stage.items.every((i) => i.state === 'decided');
    const state: StageState = done ? 'done' : blocked ? 'locked' : 'open';
    if (stage.finishBeforeNext && !done) blocked = true;
    return state;
  });
}

/** Why an item may not be registered now (a stage before it must finish first), or null. */
export function stageOrderProblem(template: readonly ChainStage[], states: readonly StageState[], itemCode: string): string | null {
  const index = template.findIndex((s) => s.itemCodes.includes(itemCode));
  if (index < 0) return null;
  if (states[index] !== 'locked') return null;
  const waiting = template.slice(0, index).filter((s, i) => s.finishBeforeNext && states[i] !== 'done');
  return `“${waiting.map((s) => s.name).join('、')}”阶段尚未全部办结，不能申报“${template[index]!.name}”阶段的事项`;
}

export function stageLevel(items: readonly BoardItem[]): WarningLevel | null {
  return items.reduce<WarningLevel | null>((level, item) => worseLevel(level, item.level), null);
}

/** What the agent does next, for the open stages, in the template's order. */
export function nextSteps(stages: readonly BoardStage[]): string[] {
  const open = stages.filter((s) => s.state === 'open');
  if (open.length === 0) return stages.every((s) => s.state === 'done') ? ['全部阶段已办结，全程代办完成'] : [];
  const steps: string[] = [];
  for (const stage of open) {
    for (const item of stage.items) {
      if (item.state === 'not-started') steps.push(`【${stage.name}】申报“${item.name}”`);
      else if (item.state === 'awaiting-materials') steps.push(`【${stage.name}】补齐“${item.name}”的补正材料（${item.caseNo}）`);
      else if (item.state === 'accepted')
        steps.push(`【${stage.name}】跟进“${item.name}”办理（${item.caseNo}，承诺办结 ${item.promisedDate ?? '—'}）`);
    }
  }
  return steps;
}

/**
 * Working days the rest of the chain still needs at the items' promised times: stages one after
 * another, the items of a stage in parallel (its slowest item).
 */
export function remainingPromisedDays(stages: readonly BoardStage[]): number {
  return stages
    .filter((s) => s.state !== 'done')
    .reduce((sum, stage) => sum + Math.max(0, ...stage.items.filter((i) => i.state !== 'decided').map((i) => i.promisedDays)), 0);
}

/** The project's level: red past the target, yellow when the rest cannot fit or a case is at risk. */
export function projectWarnings(
  stages: readonly BoardStage[],
  daysUsed: number,
  targetDays: number,
): { level: WarningLevel; warnings: string[] } {
  const warnings: string[] = [];
  let level: WarningLevel = 'normal';
  const finished = stages.every((s) => s.state === 'done');
  if (daysUsed > targetDays) {
    level = 'red';
    warnings.push(`已用 ${daysUsed} 个工作日，超过目标 ${targetDays} 个工作日`);
  } else if (!finished) {
    const needed = remainingPromisedDays(stages);
    if (daysUsed + needed > targetDays) {
      level = 'yellow';
      warnings.push(`剩余 ${targetDays - daysUsed} 个工作日，少于后续事项承诺时限合计 ${needed} 个工作日`);
    }
  }
  for (const stage of stages) {
    if (stage.level === 'red') warnings.push(`“${stage.name}”阶段有事项已超期`);
    else if (stage.level === 'yellow') warnings.push(`“${stage.name}”阶段有事项临近承诺办结日`);
    level = worseLevel(level, stage.level === 'normal' ? null : stage.level) ?? level;
  }
  return { level, warnings };
}
