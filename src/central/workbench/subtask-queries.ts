import type { SqlQueries } from '../db/sql';
import { subtaskColumns } from './subtask-row';

/** One sub-task, or none; `forUpdate` locks it for an action's transaction. */
export async function subtaskByKey(
  sql: SqlQueries,
  hallCode: string,
  caseNo: string,
  position: number,
  forUpdate = false,
): Promise<object[]> {
  return sql.query(
    `SELECT ${subtaskColumns} FROM centre_subtasks s WHERE s.hall_code = $1 AND s.case_no = $2 AND s.position = $3${forUpdate ? ' FOR UPDATE' : ''}`,
    [hallCode, caseNo, position],
  );
}

/** Every sub-task of a case, in item order. */
export async function subtasksOfCase(sql: SqlQueries, hallCode: string, caseNo: string): Promise<object[]> {
  return sql.query(`SELECT ${subtaskColumns} FROM centre_subtasks s WHERE s.hall_code = $1 AND s.case_no = $2 ORDER BY s.position`, [
    hallCode,
    caseNo,
  ]);
}

/** The case's latest payload as the ledger keeps it (null once pruned), and its window. */
export async function latestCasePayload(
  sql: SqlQueries,
  hallCode: string,
  caseNo: string,
): Promise<{ desk_no: string; payload: string | null } | undefined> {
  const rows = await sql.query<{ desk_no: string; payload: string | null }>(
    `SELECT c.desk_no, e.payload FROM cases c
     LEFT JOIN received_events e ON e.hall_code = c.hall_code AND e.desk_id = c.last_desk_id AND e.seq = c.last_seq
     WHERE c.hall_code = $1 AND c.case_no = $2`,
    [hallCode, caseNo],
  );
  return rows[0];
}

/** Whether `department` works a sub-task of the case (the page server's rule for a department reviewer). */
export async function departmentWorksCase(sql: SqlQueries, department: string, hallCode: string, caseNo: string): Promise<boolean> {
  const rows = await sql.query(`SELECT 1 FROM centre_subtasks WHERE hall_code = $1 AND case_no = $2 AND department = $3 LIMIT 1`, [
    hallCode,
    caseNo,
    department,
  ]);
  return rows.length > 0;
}
