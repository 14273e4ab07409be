import { z } from 'zod';
import type { SqlQueries } from '../db/sql';
import type { DecisionOutcome, ReviewState } from '../contract/workbench-contract';

export interface ReviewChange {
  hallCode: string;
  caseNo: string;
  position: number;
  reviewState: ReviewState;
  note: string;
  decision: { outcome: DecisionOutcome; documentNo: string; decidedOn: string } | null;
}

/** The department's word on its sub-task (the desk's own fields are the projection's). */
export async function updateReview(tx: SqlQueries, change: ReviewChange): Promise<void> {
  await tx.query(
    `UPDATE centre_subtasks SET review_state = $4, review_note = $5, review_updated_at = now(),
       outcome = coalesce($6, outcome), decision_doc_no = coalesce($7, decision_doc_no), decided_on = coalesce($8::date, decided_on)
     WHERE hall_code = $1 AND case_no = $2 AND position = $3`,
    [
      change.hallCode,
      change.caseNo,
      change.position,
      change.reviewState,
      change.note,
      change.decision?.outcome ?? null,
      change.decision?.documentNo ?? null,
      change.decision?.decidedOn ?? null,
    ],
  );
}

export interface ActionRecord {
  hallCode: string;
  caseNo: string;
  wordId: string;
  position: number;
  department: string;
  action: string;
  publishedState: string;
  actorStaffNo: string;
  actorName: string;
  detail: Record<string, unknown>;
  feedCursor: number;
}

export async function insertAction(tx: SqlQueries, record: ActionRecord): Promise<void> {
  await tx.query(
    `INSERT INTO centre_subtask_actions (hall_code, case_no, word_id, position, department, action, published_state, actor_staff_no, actor_name,
       detail, feed_cursor)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11)`,
    [
      record.hallCode,
      record.caseNo,
      record.wordId,
      record.position,
      record.department,
      record.action,
      record.publishedState,
      record.actorStaffNo,
      record.actorName,
      JSON.stringify(record.detail),
      record.feedCursor,
    ],
  );
}

const recordedActionSchema = z.object({
  position: z.number(),
  department: z.string(),
  action: z.string(),
  actor_name: z.string(),
  detail: z.record(z.string(), z.unknown()),
  feed_cursor: z.number(),
  acted_at: z.date(),
});
export type RecordedAction = z.infer<typeof recordedActionSchema>;

/** The action already done under this word id (a retried click), if any. */
export async function actionByWordId(
  tx: SqlQueries,
  hallCode: string,
  caseNo: string,
  wordId: string,
): Promise<RecordedAction | undefined> {
  const rows = await tx.query(
    `SELECT position, department, action, actor_name, detail, feed_cursor, acted_at FROM centre_subtask_actions
     WHERE hall_code = $1 AND case_no = $2 AND word_id = $3`,
    [hallCode, caseNo, wordId],
  );
  return rows[0] === undefined ? undefined : recordedActionSchema.parse(rows[0]);
}

/** Every department action on the case, oldest first: the centre's half of its history. */
export async function actionsOfCase(sql: SqlQueries, hallCode: string, caseNo: string): Promise<RecordedAction[]> {
  const rows = await sql.query(
    `SELECT position, department, action, actor_name, detail, feed_cursor, acted_at FROM centre_subtask_actions
     WHERE hall_code = $1 AND case_no = $2 ORDER BY acted_at, feed_cursor`,
    [hallCode, caseNo],
  );
  return rows.map((row) => recordedActionSchema.parse(row));
}
