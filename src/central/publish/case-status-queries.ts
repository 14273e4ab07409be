import type { SqlQueries } from '../db/sql';

export interface DepartmentWord {
  caseNo: string;
  /** Needed only when two halls hold the same case number. */
  hallCode: string | null;
  state: string;
  department: string;
  note: string;
}

/** Writes the department's fields of the case; the rows it touched (more than one: the hall was needed). */
export async function recordDepartmentWord(
  tx: SqlQueries,
  word: DepartmentWord,
): Promise<{ hall_code: string; desk_no: string; status_updated_at: Date }[]> {
  return tx.query(
    `UPDATE cases SET department_state = $2, department = $3, department_note = $4, status_updated_at = now()
     WHERE case_no = $1 AND ($5::text IS NULL OR hall_code = $5)
     RETURNING hall_code, desk_no, status_updated_at`,
    [word.caseNo, word.state, word.department, word.note, word.hallCode],
  );
}
