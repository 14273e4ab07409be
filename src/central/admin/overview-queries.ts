import type { SqlQueries } from '../db/sql';

/** At most this many of the latest rejections, codes, cases and publications are shown. */
const shownRows = 100;

export interface HallRow {
  code: string;
  name: string;
  desks: number;
  events: number;
  cases: number;
  rejected: number;
  quarantined: number;
  last_batch_at: Date | null;
}

export const selectHalls = (sql: SqlQueries): Promise<HallRow[]> =>
  sql.query<HallRow>(
    // Sums of each desk's counters, never counts over the ledger or cases (a province's tables).
    `SELECT h.code, h.name,
       count(d.id)::int AS desks,
       coalesce(sum(d.events_received), 0)::bigint AS events,
       coalesce(sum(d.cases_created), 0)::bigint AS cases,
       coalesce(sum(d.open_rejections), 0)::int AS rejected,
       coalesce(sum(d.quarantined_events), 0)::int AS quarantined,
       max(d.last_batch_at) AS last_batch_at
     FROM halls h LEFT JOIN desks d ON d.hall_code = h.code
     GROUP BY h.code, h.name ORDER BY h.code`,
  );

export interface DeskRow {
  id: string;
  hall_code: string;
  desk_no: string;
  enrolled_at: Date;
  revoked_at: Date | null;
  last_batch_at: Date | null;
}

export const selectDesks = (sql: SqlQueries): Promise<DeskRow[]> =>
  sql.query<DeskRow>('SELECT id, hall_code, desk_no, enrolled_at, revoked_at, last_batch_at FROM desks ORDER BY hall_code, desk_no');

export interface RejectionRow {
  hall_code: string;
  desk_no: string;
  event_id: string;
  entity: string;
  entity_id: string;
  op: string;
  reason: string;
  attempts: number;
  last_rejected_at: Date;
}

export const selectOpenRejections = (sql: SqlQueries): Promise<RejectionRow[]> =>
  sql.query<RejectionRow>(
    `SELECT r.hall_code, d.desk_no, r.event_id, r.entity, r.entity_id, r.op, r.reason, r.attempts, r.last_rejected_at
     FROM rejected_events r JOIN desks d ON d.id = r.desk_id
     WHERE r.resolved_at IS NULL ORDER BY r.last_rejected_at DESC, r.event_id LIMIT ${shownRows}`,
  );

export interface EnrolmentCodeRow {
  hall_code: string;
  desk_no: string;
  issued_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export const selectEnrolmentCodes = (sql: SqlQueries): Promise<EnrolmentCodeRow[]> =>
  sql.query<EnrolmentCodeRow>(
    `SELECT hall_code, desk_no, issued_at, expires_at, used_at FROM enrolment_codes ORDER BY issued_at DESC LIMIT ${shownRows}`,
  );

/** States are the desk's and departments' words as stored; the page labels the ones it knows. */
export interface CaseRow {
  case_no: string;
  hall_code: string;
  desk_no: string;
  state: string;
  department_state: string | null;
  promised_date: string | null;
  content_hash: string;
  updated_at: Date;
}

export const selectRecentCases = (sql: SqlQueries): Promise<CaseRow[]> =>
  sql.query<CaseRow>(
    `SELECT case_no, hall_code, desk_no, state, department_state, promised_date, content_hash, updated_at
     FROM cases ORDER BY updated_at DESC, case_no LIMIT ${shownRows}`,
  );

export interface PublicationRow {
  cursor: number;
  kind: string;
  hall_code: string | null;
  published_at: Date;
}

export const selectPublications = (sql: SqlQueries): Promise<PublicationRow[]> =>
  sql.query<PublicationRow>(
    `(SELECT cursor, kind, hall_code, published_at FROM publications WHERE national_id IS NULL ORDER BY published_at DESC LIMIT ${shownRows})
     UNION ALL
     (SELECT id, kind, NULL, published_at FROM national_publications ORDER BY id DESC LIMIT ${shownRows})
     ORDER BY published_at DESC LIMIT ${shownRows}`,
  );
