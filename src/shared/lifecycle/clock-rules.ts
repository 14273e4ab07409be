import type { WorkingDayCalendar } from '../calendar/working-days';

/*
 * Clock rules of a case after acceptance. Each sub-task is due `plannedDays` working days after
 * the acceptance day (its 承诺时限 plus the 特殊环节 not counted in it, as promised at intake),
 * moved later by the pauses that do not use up the time limit:
 * - 待补正 after acceptance (a department asked for more): every paused working day;
 * - a 特殊环节 the item marks as not counted: the working days it took beyond the days the
 *   promise already set aside for it (a step that ends early never makes the date earlier than
 *   the one the applicant was given).
 * A pause covers the working days in (from, to]: the day the clock stopped was used, the day it
 * restarted was not; a running pause counts up to today, so the remaining days stay put.
 */

export const pauseKinds = ['awaiting-materials', 'special-step'] as const;
export type PauseKind = (typeof pauseKinds)[number];
export const pauseKindLabels: Record<PauseKind, string> = { 'awaiting-materials': '待补正', 'special-step': '特殊环节' };

export interface Pause {
  kind: PauseKind;
  /** null: the whole case; a position: that sub-task only (its item's 特殊环节). */
  position: number | null;
  stepName: string | null;
  from: string;
  to: string | null;
}

export interface StepAllowance {
  name: string;
  days: number;
  countedInLimit: boolean;
}

export interface SubtaskClock {
  position: number;
  acceptedOn: string;
  /** 承诺时限 plus the days of the 特殊环节 not counted in it (case-plan's itemWorkingDays). */
  plannedDays: number;
  steps: readonly StepAllowance[];
}

export function pausedWorkingDays(calendar: WorkingDayCalendar, pause: Pick<Pause, 'from' | 'to'>, today: string): number {
  return Math.max(0, calendar.workingDaysBetween(pause.from, pause.to ?? today));
}

/** Working days a sub-task's due date moves by, as of today. */
export function extensionDays(calendar: WorkingDayCalendar, task: SubtaskClock, pauses: readonly Pause[], today: string): number {
  let days = 0;
  const stepUse = new Map<string, number>();
  for (const pause of pauses) {
    if (pause.position !== null && pause.position !== task.position) continue;
    const used = pausedWorkingDays(calendar, pause, today);
    if (pause.kind === 'awaiting-materials') days += used;
    else if (pause.stepName !== null) stepUse.set(pause.stepName, (stepUse.get(pause.stepName) ?? 0) + used);
  }
  for (const [name, used] of stepUse) {
    const step = task.steps.find((s) => s.name === name);
    // A step the item does not name (a department's 特殊环节 from the centre) had no days set aside and is not counted.
    if (!step || !step.countedInLimit) days += Math.max(0, used - (step?.days ?? 0));
  }
  return days;
}

export function subtaskDueDate(calendar: WorkingDayCalendar, task: SubtaskClock, pauses: readonly Pause[], today: string): string {
  return calendar.addWorkingDays(task.acceptedOn, task.plannedDays + extensionDays(calendar, task, pauses, today));
}

/**
 * Working days from today to the due date: 0 on the day itself, negative once overdue. A day
 * past the due date is at least one day late, even a weekend or holiday before the next working day.
 */
export function remainingWorkingDays(calendar: WorkingDayCalendar, today: string, due: string): number {
  if (today > due) return Math.min(-1, calendar.workingDaysBetween(today, due));
  return calendar.workingDaysBetween(today, due);
}

export function isPaused(pauses: readonly Pause[]): boolean {
  return pauses.some((p) => p.kind === 'awaiting-materials' && p.to === null);
}
