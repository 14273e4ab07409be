import type { z } from 'zod';
import type { ServiceItem } from '../../../shared/catalogue/item-schema';
import type { WorkingDayCalendar } from '../../../shared/calendar/working-days';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { Hall } from '../../../shared/contract/app-endpoints';
import type { registerCaseInputSchema } from '../../../shared/contract/case-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { Applicant } from '../../../shared/intake/applicant-schema';
import { formatCaseNumber } from '../../../shared/intake/case-number';
import type { ApplicantRecord, CaseDetail } from '../../../shared/intake/case-types';
import { decisionRefusal } from '../../../shared/intake/decision';
import { assessMaterials, type MaterialAssessment } from '../../../shared/intake/material-check';
import type { Db } from '../../db/open-database';
import { upsertApplicant } from '../applicants/applicant-repository';
import { recordChange } from '../record-change';
import { readCaseDetail } from './case-reader';
import {
  casePromisedDate,
  caseMaterialSpecs,
  checkApplicantKind,
  latestSupplyDeadline,
  promisedDates,
  withAgentRules,
  type ItemDates,
} from './case-plan';
import { caseNoByRequestId, insertCase, insertCaseItem, insertCaseMaterial, nextSerial } from './case-repository';

export type RegisterCase = z.output<typeof registerCaseInputSchema>;

export interface RegisterContext {
  db: Db;
  hall: Hall;
  caseNumberFormat: string;
  calendar: WorkingDayCalendar;
  items: ServiceItem[];
  clerk: SessionUser;
  now: Date;
}

export function toApplicantRecord(applicant: Applicant): ApplicantRecord {
  if (applicant.kind === 'person') {
    const { kind, idKind, idNumber, name, phone, address } = applicant;
    return { kind, idKind, idNumber, name, phone, address: address ?? null, legalRepresentative: null, contactName: null };
  }
  return {
    kind: 'enterprise',
    idKind: 'credit-code',
    idNumber: applicant.creditCode,
    name: applicant.name,
    phone: applicant.phone,
    address: applicant.address ?? null,
    legalRepresentative: applicant.legalRepresentative,
    contactName: applicant.contactName,
  };
}

const stateOf = {
  accept: 'accepted',
  'accept-deferred': 'accepted',
  'correction-notice': 'awaiting-materials',
  refuse: 'refused',
} as const;

/** Deadlines for 容缺 materials: one for each, from today up to the items' promised dates. */
function supplyDeadlines(input: RegisterCase, assessment: MaterialAssessment, dates: ItemDates[], today: string): Map<string, string> {
  const deadlines = new Map<string, string>();
  if (input.decision.kind !== 'accept-deferred') return deadlines;
  const given = new Map(input.decision.deadlines.map((d) => [d.key, d.date]));
  for (const line of assessment.missingDeferrable) {
    const date = given.get(line.spec.key);
    if (!date) throw new AppError('VALIDATION', `请为容缺材料“${line.spec.name}”确定补交期限`, 'decision.deadlines');
    const latest = latestSupplyDeadline(line.spec, dates);
    if (date < today || date > latest) {
      throw new AppError('VALIDATION', `“${line.spec.name}”的补交期限应在 ${today} 至承诺办结日 ${latest} 之间`, 'decision.deadlines');
    }
    deadlines.set(line.spec.key, date);
  }
  return deadlines;
}

/**
 * Registers one walk-in case: number, applicant, sub-tasks, material lines, decision, with its
 * outbox and audit rows, in one immediate transaction. A request id seen before returns the
 * case it registered, so a double submit or a resend never makes a second case.
 */
export function registerCase(ctx: RegisterContext, input: RegisterCase): CaseDetail {
  const { db, items, now } = ctx;
  const today = hallDate(now);
  checkApplicantKind(items, input.applicant.kind);
  const specs = caseMaterialSpecs(items, input.agent !== null);
  const known = new Set(specs.map((s) => s.key));
  const unknown = input.materials.find((m) => !known.has(m.key));
  if (unknown) throw new AppError('VALIDATION', `材料“${unknown.key}”不在所选事项的材料清单中`, 'materials');
  const assessment = assessMaterials(specs, withAgentRules(input.materials, specs, input.agent !== null));
  const refusal = decisionRefusal(input.decision.kind, assessment);
  if (refusal) throw new AppError('VALIDATION', refusal, 'decision');

  const accepted = input.decision.kind === 'accept' || input.decision.kind === 'accept-deferred';
  const dates = accepted ? promisedDates(items, today, ctx.calendar) : [];
  const deadlines = supplyDeadlines(input, assessment, dates, today);
  const applicant = toApplicantRecord(input.applicant);
  const at = now.toISOString();

  return db
    .transaction(() => {
      const existing = caseNoByRequestId(db, input.requestId);
      if (existing) return readCaseDetail(db, existing, ctx.hall);
      const year = Number(today.slice(0, 4));
      const serial = nextSerial(db, year);
      const caseNo = formatCaseNumber(ctx.caseNumberFormat, { hall: ctx.hall.code, desk: ctx.hall.deskNo, year, serial });
      const decision = input.decision;
      insertCase(db, {
        case_no: caseNo,
        request_id: input.requestId,
        hall_code: ctx.hall.code,
        desk_no: ctx.hall.deskNo,
        year,
        serial,
        state: stateOf[decision.kind],
        decision: decision.kind,
        applicant_id: upsertApplicant(db, applicant, at),
        applicant_name: applicant.name,
        applicant_id_number: applicant.idNumber,
        applicant_phone: applicant.phone,
        applicant: JSON.stringify(applicant),
        agent: input.agent ? JSON.stringify(input.agent) : null,
        item_names: items.map((i) => i.name).join('、'),
        received_at: at,
        received_on: today,
        accepted_on: accepted ? today : null,
        promised_date: accepted ? casePromisedDate(dates) : null,
        promised_provisional: Number(dates.some((d) => d.provisional)),
        refusal:
          decision.kind === 'refuse'
            ? JSON.stringify({ kind: decision.reasonKind, text: decision.reasonText, referTo: decision.referTo ?? null })
            : null,
        note: decision.kind === 'correction-notice' ? (decision.note ?? null) : null,
        commitment_signed: Number(decision.kind === 'accept-deferred'),
        clerk_id: ctx.clerk.id,
        clerk_staff_no: ctx.clerk.staffNo,
        clerk_name: ctx.clerk.name,
      });
      items.forEach((item, position) =>
        insertCaseItem(db, {
          case_no: caseNo,
          position,
          item_code: item.code,
          item_version: item.version,
          item_name: item.name,
          department: item.department,
          promised_days: item.promisedDays,
          promised_date: dates[position]?.promisedDate ?? null,
        }),
      );
      assessment.lines.forEach((line, position) =>
        insertCaseMaterial(db, {
          case_no: caseNo,
          position,
          material_key: line.spec.key,
          spec: JSON.stringify(line.spec),
          applicable: Number(line.status !== 'not-applicable'),
          received_originals: line.receipt.originals,
          received_copies: line.receipt.copies,
          received_electronic: Number(line.receipt.electronic),
          status: deadlines.has(line.spec.key) ? 'deferred' : line.status,
          supply_deadline: deadlines.get(line.spec.key) ?? null,
        }),
      );
      const detail = readCaseDetail(db, caseNo, ctx.hall);
      recordChange(db, {
        actor: ctx.clerk,
        at,
        op: 'case.registered',
        entity: 'case',
        entityId: caseNo,
        payload: detail,
        auditDetail: { decision: decision.kind, items: items.map((i) => i.code) },
      });
      return detail;
    })
    .immediate();
}
