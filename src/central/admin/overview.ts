import type { Sql } from '../db/sql';
import {
  selectDesks,
  selectEnrolmentCodes,
  selectHalls,
  selectOpenRejections,
  selectPublications,
  selectRecentCases,
} from './overview-queries';

export interface HallOverview {
  code: string;
  name: string;
  desks: number;
  eventsReceived: number;
  cases: number;
  openRejections: number;
  /** Events applied after the light checks that the background payload check then quarantined. */
  quarantinedEvents: number;
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

/**
 * What each hall has sent, and what is wrong with it: for the admin page and its JSON twin. The
 * per-hall figures are the sums of each desk's counters, never counts over the ledger or cases.
 */
export async function readOverview(sql: Sql): Promise<CentralOverview> {
  const halls = await selectHalls(sql);
  const desks = await selectDesks(sql);
  const rejections = await selectOpenRejections(sql);
  const codes = await selectEnrolmentCodes(sql);
  const cases = await selectRecentCases(sql);
  const publications = await selectPublications(sql);
  return {
    halls: halls.map((h) => ({
      code: h.code,
      name: h.name,
      desks: h.desks,
      eventsReceived: h.events,
      cases: h.cases,
      openRejections: h.rejected,
      quarantinedEvents: h.quarantined,
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
