import type { ServiceItem } from '../../../shared/catalogue/item-schema';
import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import type { CaseState } from '../../../shared/intake/case-types';
import { isActive } from '../../../shared/lifecycle/case-transitions';
import {
  extensionDays,
  isPaused,
  pausedWorkingDays,
  remainingWorkingDays,
  subtaskDueDate,
  type Pause,
  type SubtaskClock,
} from '../../../shared/lifecycle/clock-rules';
import type { CaseClock } from '../../../shared/lifecycle/lifecycle-view';
import { warningLevel, worseLevel, type WarningLevel } from '../../../shared/lifecycle/warning-level';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { itemWorkingDays } from '../cases/case-plan';

/** The catalogue version a sub-task was registered under, parsed once per computation. */
export type ItemLookup = (code: string, version: number) => ServiceItem;

export function itemLookup(catalogue: CatalogueService, today: string): ItemLookup {
  const cache = new Map<string, ServiceItem>();
  return (code, version) => {
    const key = `${code}@${version}`;
    let item = cache.get(key);
    if (!item) {
      item = catalogue.get(code, today, version);
      cache.set(key, item);
    }
    return item;
  };
}

export interface ClockTask {
  position: number;
  itemCode: string;
  itemVersion: number;
  done: boolean;
  /** case_items.promise_cut_days: days taken off so a promised date never moved later. */
  cutDays?: number;
}

export interface TaskClock {
  dueDate: string | null;
  remaining: number | null;
  level: WarningLevel | null;
  steps: { name: string; days: number; countedInLimit: boolean; running: boolean; usedDays: number }[];
}

export interface ClockInput {
  state: CaseState;
  acceptedOn: string | null;
  storedPromisedDate: string | null;
  tasks: readonly ClockTask[];
  pauses: readonly Pause[];
  items: ItemLookup;
  calendar: WorkingDayCalendar;
  today: string;
  yellowDays: number;
}

export interface ClockResult {
  clock: CaseClock;
  tasks: Map<number, TaskClock>;
}

function subtaskClock(task: ClockTask, item: ServiceItem, acceptedOn: string): SubtaskClock {
  return { position: task.position, acceptedOn, plannedDays: itemWorkingDays(item) - (task.cutDays ?? 0), steps: item.specialSteps };
}

function stepsOf(input: ClockInput, task: ClockTask, item: ServiceItem): TaskClock['steps'] {
  return item.specialSteps.map((step) => {
    const spans = input.pauses.filter((p) => p.kind === 'special-step' && p.position === task.position && p.stepName === step.name);
    return {
      ...step,
      running: spans.some((p) => p.to === null),
      usedDays: spans.reduce((sum, p) => sum + pausedWorkingDays(input.calendar, p, input.today), 0),
    };
  });
}

/** Why a due date is 暂定, for the case page. */
export function provisionalNote(missingYears: readonly number[]): string {
  return `${missingYears.join('、')}年节假日安排尚未导入，承诺办结日期为暂定（该年每个周一至周五均按工作日计算，正式安排导入后只会提前、不会推后）`;
}

/**
 * Due dates, remaining working days and warning levels of a case and its sub-tasks as of today,
 * from the same working-day engine as the promised dates. Over a year missing from the calendar
 * the dates are provisional (暂定) and say so.
 */
export function computeCaseClock(input: ClockInput): ClockResult {
  const underClock = input.acceptedOn !== null && isActive(input.state);
  const paused = input.state === 'awaiting-materials' && input.acceptedOn !== null && isPaused(input.pauses);
  const tasks = new Map<number, TaskClock>();
  let due: string | null = null;
  let remaining: number | null = null;
  let level: WarningLevel | null = null;
  let extension = 0;
  for (const task of input.tasks) {
    const item = input.items(task.itemCode, task.itemVersion);
    const steps = stepsOf(input, task, item);
    if (input.acceptedOn === null) {
      tasks.set(task.position, { dueDate: null, remaining: null, level: null, steps });
      continue;
    }
    const clock = subtaskClock(task, item, input.acceptedOn);
    const taskDue = subtaskDueDate(input.calendar, clock, input.pauses, input.today);
    const taskExtension = extensionDays(input.calendar, clock, input.pauses, input.today);
    extension = Math.max(extension, taskExtension);
    if (due === null || taskDue.localeCompare(due) > 0) due = taskDue;
    const open = underClock && !task.done;
    const taskRemaining = open ? remainingWorkingDays(input.calendar, input.today, taskDue) : null;
    const taskLevel = taskRemaining === null ? null : warningLevel(taskRemaining, input.yellowDays, clock.plannedDays + taskExtension);
    if (taskRemaining !== null) remaining = remaining === null ? taskRemaining : Math.min(remaining, taskRemaining);
    level = worseLevel(level, taskLevel);
    tasks.set(task.position, { dueDate: taskDue, remaining: taskRemaining, level: taskLevel, steps });
  }
  const missing = input.acceptedOn !== null && due !== null ? input.calendar.missingYearsIn(input.acceptedOn, due) : [];
  const provisional = missing.length > 0;
  return {
    clock: {
      underClock,
      paused,
      dueDate: due,
      remainingWorkingDays: remaining,
      level,
      extensionDays: extension,
      provisional,
      problem: provisional ? provisionalNote(missing) : null,
    },
    tasks,
  };
}
