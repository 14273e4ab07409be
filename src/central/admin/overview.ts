import type { Sql } from '../db/sql';

export interface HallOverview {
  code: string;
  name: string;
  desks: number;
  eventsReceived: number;
  cases: number;
  openRejections: number;
  lastBatchAt: string | null;
}

export interface DeskOverview {
  deskId: string;
  hallCode: string;
  deskNo: string;
  enrolledAt: string;
  revokedAt: string | null;
  lastBatchAt: string | null;
}

export interface RejectionOverview {
  hallCode: string;
  deskNo: string;
  eventId: string;
  entity: string;
  entityId: string;
  op: string;
  reason: string;
  attempts: number;
  lastRejectedAt: string;
}

export interface EnrolmentCodeOverview {
  hallCode: string;
  deskNo: string;
  issuedAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface CaseOverview {
  caseNo: string;
  hallCode: string;
  deskNo: string;
  state: string;
  departmentState: string | null;
  promisedDate: string | null;
  contentHash: string;
  updatedAt: string;
}

export interface PublicationOverview {
  cursor: number;
  kind: string;
  hallCode: string | null;
  publishedAt: string;
}

export interface CentralOverview {
  halls: HallOverview[];
  desks: DeskOverview[];
  rejections: RejectionOverview[];
  enrolmentCodes: EnrolmentCodeOverview[];
  recentCases: CaseOverview[];
  publications: PublicationOverview[];
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());
const shownRows = 100;

/**
 * What each hall has sent, and what is wrong with it: for the admin page and its JSON twin. The
 * per-hall figures are the sums of each desk's counters, never counts over the ledger or cases.
 */
export async function readOverview(sql: Sql): Promise<CentralOverview> {
  const halls = await sql.query<{
    code: string;
    name: string;
    desks: number;
    events: number;
    cases: number;
    rejected: number;
    last_batch_at: Date | null;
  }>(
    `SELECT h.code, h.name,
       count(d.id)::int AS desks,
       coalesce(sum(d.events_received), 0)::bigint AS events,
       coalesce(sum(d.cases_created), 0)::bigint AS cases,
       coalesce(sum(d.open_rejections), 0)::int AS rejected,
       max(d.last_batch_at) AS last_batch_at
     FROM halls h LEFT JOIN desks d ON d.hall_code = h.code
     GROUP BY h.code, h.name ORDER BY h.code`,
  );
  const desks = await sql.query<{
    id: string;
    hall_code: string;
    desk_no: string;
    enrolled_at: Date;
    revoked_at: Date | null;
    last_batch_at: Date | null;
  }>('SELECT id, hall_code, desk_no, enrolled_at, revoked_at, last_batch_at FROM desks ORDER BY hall_code, desk_no');
  const rejections = await sql.query<{
    hall_code: string;
    desk_no: string;
    event_id: string;
    entity: string;
    entity_id: string;
    op: string;
    reason: string;
    attempts: number;
    last_rejected_at: Date;
  }>(
    `SELECT r.hall_code, d.desk_no, r.event_id, r.entity, r.entity_id, r.op, r.reason, r.attempts, r.last_rejected_at
     FROM rejected_events r JOIN desks d ON d.id = r.desk_id
     WHERE r.resolved_at IS NULL ORDER BY r.last_rejected_at DESC LIMIT ${shownRows}`,
  );
  const codes = await sql.query<{ hall_code: string; desk_no: string; issued_at: Date; expires_at: Date; used_at: Date | null }>(
    `SELECT hall_code, desk_no, issued_at, expires_at, used_at FROM enrolment_codes ORDER BY issued_at DESC LIMIT ${shownRows}`,
  );
  const cases = await sql.query<{
    case_no: string;
    hall_code: string;
    desk_no: string;
    state: string;
    department_state: string | null;
    promised_date: string | null;
    content_hash: string;
    updated_at: Date;
  }>(
    `SELECT case_no, hall_code, desk_no, state, department_state, promised_date, content_hash, updated_at
     FROM cases ORDER BY updated_at DESC LIMIT ${shownRows}`,
  );
  const publications = await sql.query<{ cursor: number; kind: string; hall_code: string | null; published_at: Date }>(
    `(SELECT cursor, kind, hall_code, published_at FROM publications WHERE national_id IS NULL ORDER BY published_at DESC LIMIT ${shownRows})
     UNION ALL
     (SELECT id, kind, NULL, published_at FROM national_publications ORDER BY id DESC LIMIT ${shownRows})
     ORDER BY published_at DESC LIMIT ${shownRows}`,
  );
  return {
    halls: halls.map((h) => ({
      code: h.code,
      name: h.name,
      desks: h.desks,
      eventsReceived: h.events,
      cases: h.cases,
      openRejections: h.rejected,
      lastBatchAt: iso(h.last_batch_at),
    })),
    desks: desks.map((d) => ({
      deskId: d.id,
      hallCode: d.hall_code,
      deskNo: d.desk_no,
      enrolledAt: d.enrolled_at.toISOString(),
      revokedAt: iso(d.revoked_at),
      lastBatchAt: iso(d.last_batch_at),
    })),
    rejections: rejections.map((r) => ({
      hallCode: r.hall_code,
      deskNo: r.desk_no,
      eventId: r.event_id,
      entity: r.entity,
      entityId: r.entity_id,
      op: r.op,
      reason: r.reason,
      attempts: r.attempts,
      lastRejectedAt: r.last_rejected_at.toISOString(),
    })),
    enrolmentCodes: codes.map((c) => ({
      hallCode: c.hall_code,
      deskNo: c.desk_no,
      issuedAt: c.issued_at.toISOString(),
      expiresAt: c.expires_at.toISOString(),
      usedAt: iso(c.used_at),
    })),
    recentCases: cases.map((c) => ({
      caseNo: c.case_no,
      hallCode: c.hall_code,
      deskNo: c.desk_no,
      state: c.state,
      departmentState: c.department_state,
      promisedDate: c.promised_date,
      contentHash: c.content_hash,
      updatedAt: c.updated_at.toISOString(),
    })),
    publications: publications.map((p) => ({
      cursor: p.cursor,
      kind: p.kind,
      hallCode: p.hall_code,
      publishedAt: p.published_at.toISOString(),
    })),
  };
}
