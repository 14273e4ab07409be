import { z } from 'zod';
import { caseStateLabels } from '../../shared/intake/case-types';
import type { Sql } from '../db/sql';
import { casesByNumber } from '../sync/case-queries';
import { readCheckedCases } from '../sync/checked-cases';
import { departmentStateLabels, isDepartmentState } from '../publish/department-states';
import { sameSecret } from '../security/secrets';
import { intakeStateLabel } from './intake-state-label';
import { maskApplicantName } from './mask-name';

export const publicStatusQuerySchema = z.object({
  case: z.string().trim().max(60).default(''),
  code: z.string().trim().max(64).default(''),
});

/** All the public may learn of a case, and only with its query code. */
export interface PublicCaseStatus {
  caseNo: string;
  items: string[];
  state: string;
  promisedDate: string | null;
  applicantName: string;
}

const storedPayloadSchema = z.object({
  items: z.array(z.object({ name: z.string() })).catch([]),
  applicant: z.object({ name: z.string(), kind: z.enum(['person', 'enterprise']) }).catch({ name: '', kind: 'person' }),
});

const noCodeHash = '0'.repeat(64);

/** null for an unknown case, a case without a query code and a wrong code alike: no oracle. */
export async function findPublicCaseStatus(sql: Sql, caseNo: string, queryCode: string): Promise<PublicCaseStatus | null> {
  if (caseNo === '' || queryCode === '') return null;
  // Only a case whose latest payload passed the centre's full check is shown.
  const { published: rows } = await readCheckedCases(sql, () => casesByNumber(sql, caseNo), 'leave-out');
  // query_code holds the code's SHA-256. Compared even when there is no row, so a wrong case
  // number answers as slowly as a wrong code; two halls may hold the same number.
  const matching = (rows.length === 0 ? [undefined] : rows).filter((row) => sameSecret(queryCode, row?.query_code ?? noCodeHash));
  const row = matching[0];
  if (row === undefined || row.query_code === null || row.payload === null) return null;
  const payload = storedPayloadSchema.parse(JSON.parse(row.payload));
  return {
    caseNo: row.case_no,
    items: payload.items.map((item) => item.name),
    state: currentStateLabel(row.state, row.department_state),
    promisedDate: row.promised_date,
    applicantName: maskApplicantName(payload.applicant.name, payload.applicant.kind),
  };
}

/** Once a department has reported, its word is the current state; before that, the window's decision (作废 always wins). */
function currentStateLabel(intakeState: string, departmentState: string | null): string {
  // A voided case was never a real application: no department's word outlives the 作废.
  if (intakeState === 'voided') return caseStateLabels.voided;
  if (departmentState !== null && isDepartmentState(departmentState)) return departmentStateLabels[departmentState];
  return intakeStateLabel(intakeState);
}
