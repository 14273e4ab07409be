import type { Hall } from '../../../shared/contract/app-endpoints';
import { AppError } from '../../../shared/errors';
import { caseDetailSchema, materialSpecSchema, type CaseDetail, type CaseSummary } from '../../../shared/intake/case-types';
import type { Db } from '../../db/open-database';
import { parseJsonColumn } from '../../db/parse-row';
import { findCaseRows, type CaseRow } from './case-repository';
import { casePageRefs } from '../materials/case-pages';

export function readCaseDetail(db: Db, caseNo: string, hall: Hall): CaseDetail {
  const rows = findCaseRows(db, caseNo.trim());
  if (!rows) throw new AppError('NOT_FOUND', `未找到受理编号为 ${caseNo} 的案件`, 'caseNo');
  const { kase, items, materials } = rows;
  const pages = casePageRefs(db, kase.case_no);
  return {
    caseNo: kase.case_no,
    state: kase.state,
    decision: kase.decision,
    receivedAt: kase.received_at,
    acceptedOn: kase.accepted_on,
    promisedDate: kase.promised_date,
    promisedDateProvisional: kase.promised_provisional === 1,
    applicant: parseJsonColumn(caseDetailSchema.shape.applicant, kase.applicant, '申请人'),
    agent: kase.agent ? parseJsonColumn(caseDetailSchema.shape.agent, kase.agent, '代理人') : null,
    items: items.map((i) => ({
      code: i.item_code,
      version: i.item_version,
      name: i.item_name,
      department: i.department,
      promisedDays: i.promised_days,
      promisedDate: i.promised_date,
    })),
    materials: materials.map((m) => ({
      ...parseJsonColumn(materialSpecSchema, m.spec, '材料'),
      applicable: m.applicable === 1,
      receivedOriginals: m.received_originals,
      receivedCopies: m.received_copies,
      receivedElectronic: m.received_electronic === 1,
      status: m.status,
      supplyDeadline: m.supply_deadline,
      pages: pages.get(m.material_key) ?? [],
    })),
    refusal: kase.refusal ? parseJsonColumn(caseDetailSchema.shape.refusal, kase.refusal, '不予受理理由') : null,
    note: kase.note,
    commitmentSigned: kase.commitment_signed === 1,
    clerk: { staffNo: kase.clerk_staff_no, name: kase.clerk_name },
    hall: { name: hall.name, code: kase.hall_code, deskNo: kase.desk_no },
    queryCode: kase.query_code ?? null,
  };
}

export function toCaseSummary(row: CaseRow): CaseSummary {
  return {
    caseNo: row.case_no,
    state: row.state,
    decision: row.decision,
    applicantName: row.applicant_name,
    applicantIdNumber: row.applicant_id_number,
    applicantPhone: row.applicant_phone,
    itemNames: row.item_names,
    receivedAt: row.received_at,
    promisedDate: row.promised_date,
    promisedDateProvisional: row.promised_provisional === 1,
    clerkName: row.clerk_name,
  };
}
