import type { SqlQueries } from '../db/sql';
import type { SubtaskWrite } from './subtask-projection';

export interface ProjectingDesk {
  id: string;
  hallCode: string;
  deskNo: string;
}

/**
 * Upserts the desk's sub-tasks, set-based. Like the cases row, a sub-task never goes back to an
 * older event of its desk. The department's own fields (review state, note, its decision) are
 * left as they are, except that a 补正 the department asked for ends when the desk's case leaves
 * 待补正 (the materials came), and the department's review resumes.
 */
export async function upsertSubtasks(tx: SqlQueries, desk: ProjectingDesk, writes: readonly SubtaskWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const column = <K extends keyof SubtaskWrite>(key: K) => writes.map((w) => w[key]) as (string | number | null)[];
  await tx.query(
    `INSERT INTO centre_subtasks AS s (hall_code, case_no, position, desk_no, department, item_code, item_name, applicant_name, case_state,
       task_state, is_open, accepted_on, promised_days, due_date, decided_on, outcome, decision_doc_no, source_desk_id, source_seq)
     SELECT $1, r.case_no, r.position, $2, r.department, r.item_code, r.item_name, r.applicant_name, r.case_state,
       r.task_state, r.is_open, r.accepted_on, r.promised_days, r.due_date, r.decided_on, r.outcome, r.decision_doc_no, $3, r.seq
     FROM unnest($4::text[], $5::integer[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[],
       $13::date[], $14::integer[], $15::date[], $16::date[], $17::text[], $18::text[], $19::bigint[])
       AS r(case_no, position, department, item_code, item_name, applicant_name, case_state, task_state, is_open,
         accepted_on, promised_days, due_date, decided_on, outcome, decision_doc_no, seq)
     ORDER BY r.case_no, r.position
     ON CONFLICT (hall_code, case_no, position) DO UPDATE SET
       desk_no = EXCLUDED.desk_no,
       department = EXCLUDED.department,
       item_code = EXCLUDED.item_code,
       item_name = EXCLUDED.item_name,
       applicant_name = EXCLUDED.applicant_name,
       case_state = EXCLUDED.case_state,
       task_state = EXCLUDED.task_state,
       is_open = EXCLUDED.is_open,
       accepted_on = EXCLUDED.accepted_on,
       promised_days = EXCLUDED.promised_days,
       due_date = EXCLUDED.due_date,
       decided_on = coalesce(EXCLUDED.decided_on, s.decided_on),
       outcome = coalesce(EXCLUDED.outcome, s.outcome),
       decision_doc_no = coalesce(EXCLUDED.decision_doc_no, s.decision_doc_no),
       review_state = CASE WHEN s.review_state = 'materials-requested' AND s.case_state = 'awaiting-materials'
         AND EXCLUDED.case_state <> 'awaiting-materials' THEN 'in-review' ELSE s.review_state END,
       source_desk_id = EXCLUDED.source_desk_id,
       source_seq = EXCLUDED.source_seq,
       updated_at = now()
     WHERE s.source_desk_id <> EXCLUDED.source_desk_id OR s.source_seq < EXCLUDED.source_seq`,
    [
      desk.hallCode,
      desk.deskNo,
      desk.id,
      column('caseNo'),
      column('position'),
      column('department'),
      column('itemCode'),
      column('itemName'),
      column('applicantName'),
      column('caseState'),
      column('taskState'),
      writes.map((w) => (w.isOpen ? 'true' : 'false')),
      column('acceptedOn'),
      column('promisedDays'),
      column('dueDate'),
      column('decidedOn'),
      column('outcome'),
      column('decisionDocNo'),
      column('seq'),
    ],
  );
}

export interface ItemCount {
  caseNo: string;
  items: number;
  seq: number;
}

/** A corrected case may have fewer items than before: its sub-tasks past the last item go (unless a newer event wrote them). */
export async function deleteSubtasksPastItems(tx: SqlQueries, desk: ProjectingDesk, counts: readonly ItemCount[]): Promise<void> {
  if (counts.length === 0) return;
  await tx.query(
    `DELETE FROM centre_subtasks s USING unnest($3::text[], $4::integer[], $5::bigint[]) AS r(case_no, item_count, seq)
     WHERE s.hall_code = $1 AND s.case_no = r.case_no AND s.position >= r.item_count
       AND (s.source_desk_id <> $2 OR s.source_seq < r.seq)`,
    [desk.hallCode, desk.id, counts.map((c) => c.caseNo), counts.map((c) => c.items), counts.map((c) => c.seq)],
  );
}
