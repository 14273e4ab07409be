import type { Migration } from './migration';
import { createHallPartitionedTable } from './partitioned-table';

/**
 * The supervision board's projection (issue 14), filled in the apply path from the events the
 * desks send (src/central/board/project-board-facts.ts), so the board reads indexed date ranges
 * instead of parsing the ledger:
 * - board_subtasks: one row per sub-task (a case's item) with the case's dates and the sub-task's
 *   own state and due date; `first_of_department` marks the row a joint case counts by for its
 *   department (as the desk's report counts it), position 0 the row it counts by for the hall.
 * - board_ratings: one rating per case and stage (好差评), dated by the hall's day, with the case's
 *   departments (position order, so the first is the one the case counts by for its hall), kept in
 *   step with board_subtasks so the board counts ratings without joining the sub-tasks.
 * - board_follow_ups: the 差评 follow-up of a rating, with its status and due date, and the case's
 *   departments as on board_ratings.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'board-figures',
  statements: [
    createHallPartitionedTable(
      'board_subtasks',
      `hall_code text NOT NULL REFERENCES halls (code),
       case_no text NOT NULL,
       position integer NOT NULL,
       department text NOT NULL,
       item_code text NOT NULL,
       item_version integer NOT NULL,
       first_of_department boolean NOT NULL,
       case_state text NOT NULL,
       decision text NOT NULL,
       received_on date NOT NULL,
       accepted_on date,
       decided_on date,
       promised_date date,
       paused boolean NOT NULL,
       clock_due_date date,
       extension_days integer NOT NULL,
       subtask_state text,
       subtask_due_date date,
       under_clock boolean NOT NULL,
       promised_days integer NOT NULL,
       materials_reused integer NOT NULL,
       trips_saved integer NOT NULL,
       PRIMARY KEY (hall_code, case_no, position)`,
    ),
    // Covering indexes: a period's figures are read by index-only scans of its date range.
    `CREATE INDEX board_subtasks_received ON board_subtasks (received_on)
       INCLUDE (hall_code, department, position, first_of_department, case_state, decision)`,
    `CREATE INDEX board_subtasks_accepted ON board_subtasks (accepted_on)
       INCLUDE (hall_code, department, position, first_of_department, case_state, decision) WHERE accepted_on IS NOT NULL`,
    `CREATE INDEX board_subtasks_decided ON board_subtasks (decided_on)
       INCLUDE (hall_code, department, position, first_of_department, accepted_on, paused, promised_date, clock_due_date, extension_days,
         promised_days, item_code, item_version, materials_reused, trips_saved) WHERE decided_on IS NOT NULL`,
    // The open sub-tasks under the clock (accepted, active, not done): few beside the finished ones, read for the warning levels.
    `CREATE INDEX board_subtasks_open ON board_subtasks (subtask_due_date)
       INCLUDE (hall_code, department, promised_days, extension_days) WHERE under_clock`,
    createHallPartitionedTable(
      'board_ratings',
      `hall_code text NOT NULL REFERENCES halls (code),
       case_no text NOT NULL,
       stage text NOT NULL,
       level text NOT NULL,
       is_bad boolean NOT NULL,
       is_satisfied boolean NOT NULL,
       rated_on date NOT NULL,
       departments text[] NOT NULL,
       PRIMARY KEY (hall_code, case_no, stage)`,
    ),
    `CREATE INDEX board_ratings_rated ON board_ratings (rated_on) INCLUDE (hall_code, is_satisfied, is_bad, departments)`,
    createHallPartitionedTable(
      'board_follow_ups',
      `hall_code text NOT NULL REFERENCES halls (code),
       case_no text NOT NULL,
       stage text NOT NULL,
       status text NOT NULL,
       opened_on date NOT NULL,
       due_date date,
       closed_on date,
       departments text[] NOT NULL,
       PRIMARY KEY (hall_code, case_no, stage)`,
    ),
    `CREATE INDEX board_follow_ups_opened ON board_follow_ups (opened_on, hall_code)`,
  ],
};
