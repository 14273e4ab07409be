import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';

/** A case's row as its latest event in the batch leaves it; the payload stays in the ledger row (seq). */
export interface CaseWrite {
  caseNo: string;
  contentHash: string;
  state: string;
  promisedDate: string | null;
  /** SHA-256 of the query code, or null to keep the one the centre has. */
  queryCode: string | null;
  seq: number;
  eventId: string;
}

/**
 * Upserts the desk's cases (one write per case). A row never goes back to an older event of its
 * desk, so two batches of one desk may commit in either order. Returns how many rows were new
 * (created in this transaction: now() is the transaction's start, and each case is written once here).
 */
export async function upsertCases(tx: SqlQueries, desk: AuthenticatedDesk, writes: readonly CaseWrite[]): Promise<number> {
  if (writes.length === 0) return 0;
  const rows = await tx.query<{ created: boolean }>(
    `INSERT INTO cases (hall_code, case_no, desk_no, content_hash, state, promised_date, query_code, last_desk_id, last_seq, last_event_id)
     SELECT $1, r.case_no, $2, r.content_hash, r.state, r.promised_date, r.query_code, $3, r.seq, r.event_id
     FROM unnest($4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::bigint[], $10::uuid[])
       AS r(case_no, content_hash, state, promised_date, query_code, seq, event_id)
     ORDER BY r.case_no
     ON CONFLICT (hall_code, case_no) DO UPDATE SET
       desk_no = EXCLUDED.desk_no,
       content_hash = EXCLUDED.content_hash,
       state = EXCLUDED.state,
       promised_date = EXCLUDED.promised_date,
       query_code = coalesce(EXCLUDED.query_code, cases.query_code),
       last_desk_id = EXCLUDED.last_desk_id,
       last_seq = EXCLUDED.last_seq,
       last_event_id = EXCLUDED.last_event_id,
       updated_at = now()
     WHERE cases.last_desk_id <> EXCLUDED.last_desk_id OR cases.last_seq < EXCLUDED.last_seq
     RETURNING created_at = now() AS created`,
    [
      desk.hallCode,
      desk.deskNo,
      desk.id,
      writes.map((w) => w.caseNo),
      writes.map((w) => w.contentHash),
      writes.map((w) => w.state),
      writes.map((w) => w.promisedDate),
      writes.map((w) => w.queryCode),
      writes.map((w) => w.seq),
      writes.map((w) => w.eventId),
    ],
  );
  return rows.filter((row) => row.created).length;
}

const caseColumns = [
  'hall_code',
  'case_no',
  'desk_no',
  'content_hash',
  'state',
  'promised_date',
  'query_code',
  'last_desk_id',
  'last_seq',
  'last_event_id',
] as const;

/**
 * Stores cases the centre does not hold yet (re-registration.ts read which it holds), by COPY.
 * A case another transaction stored since then fails the COPY with a unique violation, and the
 * batch is applied again from the top (apply-batch.ts), when upsertCases takes it.
 */
export async function copyNewCases(tx: SqlQueries, desk: AuthenticatedDesk, writes: readonly CaseWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await tx.copyRows(
    'cases',
    caseColumns,
    [...writes]
      .sort((a, b) => (a.caseNo < b.caseNo ? -1 : a.caseNo > b.caseNo ? 1 : 0))
      .map((w) => [desk.hallCode, w.caseNo, desk.deskNo, w.contentHash, w.state, w.promisedDate, w.queryCode, desk.id, w.seq, w.eventId]),
  );
}

/**
 * Whether a case's latest event still waits for the background payload check (its batch is
 * queued) or failed it (quarantined): readers that publish cases to others never show either.
 */
const checkColumns = `EXISTS (SELECT 1 FROM payload_check_queue u WHERE u.hall_code = c.hall_code AND u.desk_id = c.last_desk_id
         AND c.last_seq BETWEEN u.first_seq AND u.last_seq) AS unchecked,
       EXISTS (SELECT 1 FROM quarantined_events q WHERE q.hall_code = c.hall_code AND q.desk_id = c.last_desk_id
         AND q.seq = c.last_seq) AS quarantined`;

export interface CheckColumns {
  hall_code: string;
  unchecked: boolean;
  quarantined: boolean;
}

export interface StoredCaseRow extends CheckColumns {
  case_no: string;
  /** The text of the case's latest event, as the ledger keeps it. */
  payload: string | null;
  state: string;
  promised_date: string | null;
  query_code: string | null;
  department_state: string | null;
}

/** Every hall's case under this number (case numbers are unique within a hall), with its latest payload. */
export async function casesByNumber(sql: SqlQueries, caseNo: string): Promise<StoredCaseRow[]> {
  return sql.query<StoredCaseRow>(
    `SELECT c.hall_code, c.case_no, e.payload, c.state, c.promised_date, c.query_code, c.department_state, ${checkColumns}
     FROM cases c
     LEFT JOIN received_events e ON e.hall_code = c.hall_code AND e.desk_id = c.last_desk_id AND e.seq = c.last_seq
     WHERE c.case_no = $1
     ORDER BY c.hall_code`,
    [caseNo],
  );
}

export interface SnapshotCaseRow extends CheckColumns {
  case_no: string;
  desk_no: string;
  state: string;
  content_hash: string;
  payload: string | null;
  department_state: string | null;
  department: string | null;
  department_note: string | null;
}

/** A page of the hall's cases after `afterCaseNo`, in key order (the primary key's index). */
export async function hallCasesPage(sql: SqlQueries, hallCode: string, afterCaseNo: string, limit: number): Promise<SnapshotCaseRow[]> {
  return sql.query<SnapshotCaseRow>(
    `SELECT c.hall_code, c.case_no, c.desk_no, c.state, c.content_hash, e.payload, c.department_state, c.department, c.department_note,
       ${checkColumns}
     FROM cases c
     LEFT JOIN received_events e ON e.hall_code = c.hall_code AND e.desk_id = c.last_desk_id AND e.seq = c.last_seq
     WHERE c.hall_code = $1 AND c.case_no > $2
     ORDER BY c.case_no
     LIMIT $3`,
    [hallCode, afterCaseNo, limit],
  );
}
