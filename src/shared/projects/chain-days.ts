import { addDays } from '../calendar/date-string';
import type { WorkingDayCalendar } from '../calendar/working-days';

/** One case of a project as the chain clock sees it: under the clock from `from` (exclusive) to `to`. */
export interface ClockSpan {
  /** The acceptance day; the clock counts from the next working day, as a case's promise does. */
  from: string;
  /** The day it was decided or closed; null while it runs (counted up to today). */
  to: string | null;
  /** 待补正 pauses of the whole case, (from, to] like the case clock; a running one ends today. */
  pauses: readonly Interval[];
  /**
   * 特殊环节 (hearing, expert review, …) of each department's share, one list per share. As for a
   * case, that time is outside the promise: a day counts as paused when every share of the case
   * is in one. Absent for a case with no special steps.
   */
  stepPauses?: readonly (readonly Interval[])[];
}

export interface Interval {
  from: string;
  to: string | null;
}

const covers = (interval: Interval, day: string, today: string) => day > interval.from && day <= (interval.to ?? today);

function runningDates(calendar: WorkingDayCalendar, span: ClockSpan, today: string): string[] {
  const end = span.to ?? today;
  const dates: string[] = [];
  for (let day = addDays(span.from, 1); day <= end; day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    const shares = span.stepPauses ?? [];
    const paused =
      span.pauses.some((p) => covers(p, day, today)) ||
      (shares.length > 0 && shares.every((share) => share.some((p) => covers(p, day, today))));
    if (!paused) dates.push(day);
  }
  return dates;
}

/**
 * Working days the chain has used: every working day on which at least one of its cases was
 * under the clock. Days when every case waited for the applicant (待补正) or was in a 特殊环节,
 * or between stages when no case was running, are not the hall's time and are not counted; cases running in
 * parallel count each day once.
 */
export function chainWorkingDays(calendar: WorkingDayCalendar, spans: readonly ClockSpan[], today: string): number {
  const days = new Set<string>();
  for (const span of spans) for (const day of runningDates(calendar, span, today)) days.add(day);
  return days.size;
}
