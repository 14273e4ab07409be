import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { applicantRecordSchema, materialSpecSchema, type ApplicantRecord, type CaseDetail } from '../../../shared/intake/case-types';
import type { CorrectContactInput, CorrectMaterialInput } from '../../../shared/lifecycle/correction-inputs';
import type { Db } from '../../db/open-database';
import { parseJsonColumn } from '../../db/parse-row';
import { updateApplicantContact } from '../applicants/applicant-repository';
import { updateCaseApplicant } from '../cases/case-repository';
import { loadForChange } from '../lifecycle/case-guard';
import type { ChangeContext } from '../lifecycle/change-context';
import { commitCaseChange } from '../lifecycle/commit-change';
import { updateMaterial, type LoadedCase } from '../lifecycle/lifecycle-repository';

type Context = ChangeContext & { user: SessionUser };

const shown = (value: string | null | undefined) => (value ? `“${value}”` : '（空）');

function requireCorrectable(loaded: LoadedCase): void {
  if (loaded.kase.state === 'voided') throw new AppError('CONFLICT', '该案件已作废，不能更正');
}

/** The changed contact fields, as "联系电话由…改为…" phrases; empty when nothing changes. */
function contactChanges(before: ApplicantRecord, after: ApplicantRecord): string[] {
  const fields: [keyof ApplicantRecord, string][] = [
    ['phone', '联系电话'],
    ['address', '地址'],
    ['contactName', '联系人'],
  ];
  return fields
    .filter(([key]) => before[key] !== after[key])
    .map(([key, label]) => `${label}由${shown(before[key] as string | null)}改为${shown(after[key] as string | null)}`);
}

function saveApplicant(db: Db, caseNo: string, applicantId: number, record: ApplicantRecord, at: string): void {
  updateCaseApplicant(db, caseNo, JSON.stringify(record), record.phone);
  // The applicant's own record too, so the next visit is pre-filled with the corrected contact.
  updateApplicantContact(db, applicantId, record, at);
}

/**
 * 更正 of the applicant's contact fields (phone, address, an enterprise's contact person) with
 * the reason: history, audit and the outbox ('case.corrected') in one transaction.
 */
export function correctContact(ctx: Context, input: CorrectContactInput): CaseDetail {
  const { db, user } = ctx;
  const at = ctx.now.toISOString();
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      requireCorrectable(loaded);
      const before = parseJsonColumn(applicantRecordSchema, loaded.kase.applicant, '申请人');
      if (input.contactName !== undefined && before.kind !== 'enterprise') {
        throw new AppError('VALIDATION', '个人申请人没有单独的联系人，请更正联系电话或地址', 'contactName');
      }
      const after: ApplicantRecord = {
        ...before,
        phone: input.phone ?? before.phone,
        address: input.address === undefined ? before.address : input.address || null,
        contactName: input.contactName ?? before.contactName,
      };
      const changes = contactChanges(before, after);
      if (changes.length === 0) throw new AppError('VALIDATION', '更正后的联系信息与原来相同', 'phone');
      saveApplicant(db, loaded.kase.case_no, loaded.kase.applicant_id, after, at);
      return commitCaseChange(ctx, loaded.kase.case_no, {
        kind: 'case.contact-corrected',
        op: 'case.corrected',
        summary: `更正申请人联系信息：${changes.join('；')}。原因：${input.reason}`,
        detail: { reason: input.reason, fields: changes },
      });
    })
    .immediate();
}

/** 更正 of the counts received for one material line; a line not received is a 补正, not a 更正. */
export function correctMaterial(ctx: Context, input: CorrectMaterialInput): CaseDetail {
  const { db, user } = ctx;
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      requireCorrectable(loaded);
      const line = loaded.materials.find((m) => m.material_key === input.materialKey);
      if (!line) throw new AppError('NOT_FOUND', '该案件没有这项材料', 'materialKey');
      const name = parseJsonColumn(materialSpecSchema, line.spec, '材料').name;
      if (line.status !== 'received') throw new AppError('CONFLICT', `“${name}”未收取，不能更正份数；请登记补交材料`, 'materialKey');
      if (input.originals === 0 && input.copies === 0 && line.received_electronic !== 1) {
        throw new AppError('VALIDATION', '原件和复印件不能都为0份；未收到的材料请登记补正', 'originals');
      }
      if (input.originals === line.received_originals && input.copies === line.received_copies) {
        throw new AppError('VALIDATION', '更正后的份数与原来相同', 'originals');
      }
      updateMaterial(db, loaded.kase.case_no, line.material_key, { received_originals: input.originals, received_copies: input.copies });
      const from = `原件${line.received_originals}份、复印件${line.received_copies}份`;
      const to = `原件${input.originals}份、复印件${input.copies}份`;
      return commitCaseChange(ctx, loaded.kase.case_no, {
        kind: 'case.material-corrected',
        op: 'case.corrected',
        summary: `更正材料“${name}”的份数：由${from}改为${to}。原因：${input.reason}`,
        detail: { reason: input.reason, material: name, from, to },
      });
    })
    .immediate();
}
