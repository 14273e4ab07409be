import type { Migration } from './migration';
import { createHallPartitionedTable } from './partitioned-table';

/**
 * The department workbench (issue 14): one row per sub-task (one item of a case, worked by its
 * department), projected from the case events the desks send, in the batch-apply transaction.
 * - task_state is the desk's word on the sub-task (pending / in-progress / suspended / done);
 *   review_state is the department's own (waiting / in-review / materials-requested /
 *   special-step / approved / disapproved / partially-approved), set by the workbench's actions.
 * - is_open: accepted, not finished by the desk, the case not closed; the queue and the board
 *   read open rows only, through partial indexes.
 * - source_desk_id / source_seq: the event the row was last projected from; a row never goes back
 *   to an older event of its desk (as cases do), so batches may commit in either order.
 * - centre_subtask_actions: every department action (开始审查, 要求补正, 特殊环节, 决定), keyed by
 *   its word id, so a retried action is applied and published once; the sub-task page's history.
 * Keyed by hall first, so both hash-partition by hall on a PostgreSQL server like the ledger.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'centre-subtasks',
  statements: [
    createHallPartitionedTable(
      'centre_subtasks',
      `hall_code text NOT NULL REFERENCES halls (code),
       case_no text NOT NULL,
       position integer NOT NULL,
       desk_no text NOT NULL,
       department text NOT NULL,
       item_code text NOT NULL,
       item_name text NOT NULL,
       applicant_name text NOT NULL,
       case_state text NOT NULL,
       task_state text NOT NULL CHECK (task_state IN ('pending', 'in-progress', 'suspended', 'done')),
       review_state text NOT NULL DEFAULT 'waiting' CHECK (review_state IN
         ('waiting', 'in-review', 'materials-requested', 'special-step', 'approved', 'disapproved', 'partially-approved')),
       is_open boolean NOT NULL,
       accepted_on date,
       statutory_days integer,
       promised_days integer NOT NULL,
       due_date date,
       decided_on date,
       outcome text CHECK (outcome IN ('approved', 'disapproved', 'partially-approved')),
       decision_doc_no text,
       review_note text NOT NULL DEFAULT '',
       source_desk_id uuid NOT NULL,
       source_seq bigint NOT NULL,
       review_updated_at timestamptz,
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (hall_code, case_no, position)`,
    ),
    // The department queue: its open sub-tasks across halls, most urgent (earliest due) first.
    `CREATE INDEX centre_subtasks_open_by_department ON centre_subtasks (department, due_date, hall_code, case_no, position) WHERE is_open`,
    // A hall administrator's queue, and the board's per-hall figures.
    `CREATE INDEX centre_subtasks_open_by_hall ON centre_subtasks (hall_code, due_date) WHERE is_open`,
    // Search by case number across halls (the primary key begins with the hall).
    `CREATE INDEX centre_subtasks_by_case_no ON centre_subtasks (case_no)`,
    // The board's periods: sub-tasks decided in a range, by department.
    `CREATE INDEX centre_subtasks_by_decided ON centre_subtasks (department, decided_on) WHERE decided_on IS NOT NULL`,
    createHallPartitionedTable(
      'centre_subtask_actions',
      `hall_code text NOT NULL REFERENCES halls (code),
       case_no text NOT NULL,
       word_id uuid NOT NULL,
       position integer NOT NULL,
       department text NOT NULL,
       action text NOT NULL,
       published_state text NOT NULL,
       actor_staff_no text NOT NULL,
       actor_name text NOT NULL,
       detail jsonb NOT NULL,
       feed_cursor bigint NOT NULL,
       acted_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (hall_code, case_no, word_id)`,
    ),
    // Sub-tasks of the cases the centre already holds, from each case's latest ledger row (the same
    // reading as project-subtasks.ts; a case whose payload was pruned waits for its next event).
    `INSERT INTO centre_subtasks (hall_code, case_no, position, desk_no, department, item_code, item_name, applicant_name, case_state,
       task_state, is_open, accepted_on, promised_days, due_date, decided_on, outcome, decision_doc_no, source_desk_id, source_seq)
     SELECT c.hall_code, c.case_no, (i.n - 1)::integer, c.desk_no, i.item->>'department', i.item->>'code', i.item->>'name',
       p.doc->'applicant'->>'name', c.state, coalesce(t.task->>'state', 'pending'),
       (p.doc->>'acceptedOn') IS NOT NULL AND coalesce(t.task->>'state', 'pending') <> 'done'
         AND c.state IN ('accepted', 'awaiting-materials', 'in-progress'),
       (p.doc->>'acceptedOn')::date, (i.item->>'promisedDays')::integer, coalesce(t.task->>'dueDate', i.item->>'promisedDate')::date,
       (t.task->>'decidedOn')::date, t.task->>'outcome', t.task->>'docNo', c.last_desk_id, c.last_seq
     FROM cases c
     JOIN received_events e ON e.hall_code = c.hall_code AND e.desk_id = c.last_desk_id AND e.seq = c.last_seq
     CROSS JOIN LATERAL (SELECT e.payload::jsonb AS doc) p
     CROSS JOIN LATERAL jsonb_array_elements(p.doc->'items') WITH ORDINALITY AS i(item, n)
     LEFT JOIN LATERAL (
       SELECT s AS task FROM jsonb_array_elements(coalesce(p.doc->'lifecycle'->'subtasks', '[]'::jsonb)) s
       WHERE (s->>'position')::integer = i.n - 1 LIMIT 1
     ) t ON true
     WHERE e.payload IS NOT NULL AND jsonb_typeof(p.doc->'items') = 'array'`,
  ],
};
