import { z } from 'zod';
import type { WorkingDayCalendar } from '../../shared/calendar/working-days';
import { remainingWorkingDays } from '../../shared/lifecycle/clock-rules';
import { subtaskStates } from '../../shared/lifecycle/subtask-states';
import { defaultYellowDays, warningLevel } from '../../shared/lifecycle/warning-level';
import { decisionOutcomes, reviewStates } from '../contract/workbench-contract';
import type { QueueRow } from '../contract/workbench-contract';

/** The columns every sub-task query selects, in the row schema's names. */
export const subtaskColumns = `s.hall_code, s.case_no, s.position, s.department, s.item_code, s.item_name, s.applicant_name, s.case_state,
  s.task_state, s.review_state, s.is_open, s.accepted_on, s.promised_days, s.due_date, s.decided_on, s.outcome`;

/** A centre_subtasks row as queried: the state columns are checked, never cast. */
export const subtaskRowSchema = z.object({
  hall_code: z.string(),
  case_no: z.string(),
  position: z.number(),
  department: z.string(),
  item_code: z.string(),
  item_name: z.string(),
  applicant_name: z.string(),
  case_state: z.string(),
  task_state: z.enum(subtaskStates),
  review_state: z.enum(reviewStates),
  is_open: z.boolean(),
  accepted_on: z.string().nullable(),
  promised_days: z.number(),
  due_date: z.string().nullable(),
  decided_on: z.string().nullable(),
  outcome: z.enum(decisionOutcomes).nullable(),
});
export type SubtaskRow = z.infer<typeof subtaskRowSchema>;

/** Rows as the database gave them, checked. */
export function parseSubtaskRows(rows: readonly object[]): SubtaskRow[] {
  return rows.map((row) => subtaskRowSchema.parse(row));
}

/** A row for the screens, with its remaining working days and warning level as of `today` (open sub-tasks only). */
export function toQueueRow(row: SubtaskRow, calendar: WorkingDayCalendar, today: string): QueueRow {
  const remaining = row.is_open && row.due_date !== null ? remainingWorkingDays(calendar, today, row.due_date) : null;
  return {
    hallCode: row.hall_code,
    caseNo: row.case_no,
    position: row.position,
    department: row.department,
    itemCode: row.item_code,
    itemName: row.item_name,
    applicantName: row.applicant_name,
    caseState: row.case_state,
    taskState: row.task_state,
    reviewState: row.review_state,
    isOpen: row.is_open,
    acceptedOn: row.accepted_on,
    promisedDays: row.promised_days,
    dueDate: row.due_date,
    remainingWorkingDays: remaining,
    level: remaining === null ? null : warningLevel(remaining, defaultYellowDays, row.promised_days),
    decidedOn: row.decided_on,
    outcome: row.outcome,
  };
}
