import { hallDate } from '../../../shared/calendar/hall-date';
import { isActive } from '../../../shared/lifecycle/case-transitions';
import { extensionDays, subtaskDueDate, type SubtaskClock } from '../../../shared/lifecycle/clock-rules';
import { itemWorkingDays } from '../cases/case-plan';
import { itemLookup } from './case-clock';
import type { ChangeContext } from './change-context';
import { listPauses, loadCase, updateCase, updateTask } from './lifecycle-repository';
import { toPause } from './lifecycle-reader';

export interface RefreshOptions {
  /**
   * Set when the calendar itself changed (a year's arrangement arrived): a date already promised
   * (printed) is never moved later by it. Pauses still move dates later, as the law allows.
   */
  neverLater?: boolean;
}

/**
 * Stores the dates of a running case: each sub-task's date as the clock rules give it today, the
 * case's the latest of them, and whether that date is still 暂定 (counted over a year the calendar
 * does not cover). Finished cases keep the dates they finished with. Returns true when anything
 * stored changed.
 *
 * The never-later rule, when a year's arrangement arrives: the lawful date may fall after the
 * provisional one (holidays in that year), and then the printed date stays the promise. It is
 * kept by taking working days off the sub-task's limit (case_items.promise_cut_days), so later
 * pauses still move the date from there. Should the printed date turn out to be a holiday, the
 * promise becomes the last working day before it. A lawful date earlier than the printed one (a
 * 调休 Saturday counted as a working day) replaces it: the promise is min(printed, lawful).
 */
export function refreshPromisedDates(ctx: ChangeContext, caseNo: string, options: RefreshOptions = {}): boolean {
  const { db, calendar } = ctx;
  const { kase, tasks } = loadCase(db, caseNo);
  if (kase.accepted_on === null || !isActive(kase.state)) return false;
  const acceptedOn = kase.accepted_on;
  const today = hallDate(ctx.now);
  const items = itemLookup(ctx.catalogue, today);
  const pauses = listPauses(db, caseNo).map(toPause);
  let changed = false;
  const dates = tasks.map((t) => {
    const item = items(t.item_code, t.item_version);
    let cut = t.promise_cut_days ?? 0;
    const clock = (days: number): SubtaskClock => ({
      position: t.position,
      acceptedOn,
      plannedDays: itemWorkingDays(item) - days,
      steps: item.specialSteps,
    });
    let due = subtaskDueDate(calendar, clock(cut), pauses, today);
    if (options.neverLater && t.promised_date !== null && due > t.promised_date) {
      const total = clock(cut).plannedDays + extensionDays(calendar, clock(cut), pauses, today);
      cut += total - calendar.workingDaysBetween(acceptedOn, t.promised_date);
      due = subtaskDueDate(calendar, clock(cut), pauses, today);
      updateTask(db, caseNo, t.position, { promise_cut_days: cut });
    }
    if (due !== t.promised_date) {
      updateTask(db, caseNo, t.position, { promised_date: due });
      changed = true;
    }
    return due;
  });
  const latest = dates.reduce((a, b) => (a > b ? a : b));
  const provisional = Number(calendar.missingYearsIn(acceptedOn, latest).length > 0);
  if (latest !== kase.promised_date || provisional !== kase.promised_provisional) {
    updateCase(db, caseNo, { promised_date: latest, promised_provisional: provisional });
    changed = true;
  }
  return changed;
}
