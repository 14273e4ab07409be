import { randomUUID } from 'node:crypto';
import type { CaseDetail } from '../../../../src/shared/intake/case-types';
import type { TestCentre } from './test-centre';

export interface ApiReply {
  status: number;
  // Tests read into the JSON freely; the schemas under test are what guard the real code.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  text: string;
}

export async function api(
  centre: TestCentre,
  path: string,
  options: { method?: string; body?: unknown; rawBody?: string; auth?: string } = {},
): Promise<ApiReply> {
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(new URL(path, centre.url), {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.auth === undefined ? {} : { authorization: options.auth }),
    },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json, text };
}

export interface EnrolledDesk {
  deskId: string;
  credential: string;
  hallCode: string;
  deskNo: string;
  auth: string;
}

export async function createHall(centre: TestCentre, code: string, name = `${code} 政务服务中心`): Promise<void> {
  await centre.admin.createHall({ code, name });
}

export async function enrolNewDesk(centre: TestCentre, hallCode: string, deskNo: string): Promise<EnrolledDesk> {
  const { enrolmentCode } = await centre.admin.issueEnrolmentCode({ hallCode, deskNo, validDays: 7 });
  const reply = await api(centre, '/v1/enrol', { body: { enrolmentCode, hallCode, deskNo } });
  if (reply.status !== 200) throw new Error(`enrol failed: ${reply.text}`);
  const { deskId, credential } = reply.json.value as { deskId: string; credential: string };
  return { deskId, credential, hallCode, deskNo, auth: `Bearer ${deskId}.${credential}` };
}

export type CasePayload = CaseDetail & { queryCode?: string };

export function caseDetail(caseNo: string, hallCode: string, deskNo: string, overrides: Partial<CasePayload> = {}): CasePayload {
  return {
    caseNo,
    state: 'accepted',
    decision: 'accept',
    receivedAt: '2026-11-20T02:00:00.000Z',
    acceptedOn: '2026-11-20',
    promisedDateProvisional: false,
    promisedDate: '2026-12-04',
    applicant: {
      kind: 'person',
      idKind: 'resident-id',
      idNumber: '11010519491231002X',
      name: '张小明',
      phone: '13800000000',
      address: '江川市滨江路1号',
      legalRepresentative: null,
      contactName: null,
    },
    agent: null,
    items: [
      {
        code: '32050000SB-GG-0001',
        version: 1,
        name: '社会保障卡申领',
        department: '江川市人力资源和社会保障局',
        promisedDays: 10,
        promisedDate: '2026-12-04',
      },
    ],
    materials: [],
    refusal: null,
    note: null,
    commitmentSigned: false,
    clerk: { staffNo: 'C001', name: '李窗口' },
    hall: { name: `${hallCode} 政务服务中心`, code: hallCode, deskNo },
    queryCode: 'QRY7K2M9XD4H',
    ...overrides,
  };
}

export interface DeskEvent {
  eventId: string;
  seq: number;
  entity: string;
  entityId: string;
  op: string;
  payload: unknown;
  createdAt: string;
}

let nextSeq = 1;

export function deskEvent(entity: string, entityId: string, op: string, payload: unknown, seq = nextSeq++): DeskEvent {
  return { eventId: randomUUID(), seq, entity, entityId, op, payload, createdAt: '2026-11-20T02:00:00.000Z' };
}

export const caseEvent = (detail: CasePayload, op = 'case.registered'): DeskEvent => deskEvent('case', detail.caseNo, op, detail);

export function batchOf(events: readonly unknown[]): { batchId: string; events: unknown[] } {
  return { batchId: randomUUID(), events: [...events] };
}

export async function sendBatch(centre: TestCentre, desk: EnrolledDesk, batch: unknown): Promise<ApiReply> {
  return api(centre, '/v1/batches', { body: batch, auth: desk.auth });
}

export async function countRows(
  centre: TestCentre,
  table: 'cases' | 'received_events' | 'rejected_events' | 'publications' | 'payload_check_queue',
): Promise<number> {
  const rows = await centre.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? 0;
}

/**
 * The centre keeps a case's payload once, in its latest ledger row; tests read it through this
 * in place of `cases` (`SELECT ... FROM ${casesWithPayload}`), the payload as jsonb.
 */
export const casesWithPayload = `(SELECT c.*, e.payload::jsonb AS payload FROM cases c
  JOIN received_events e ON e.hall_code = c.hall_code AND e.desk_id = c.last_desk_id AND e.seq = c.last_seq) AS cases`;
