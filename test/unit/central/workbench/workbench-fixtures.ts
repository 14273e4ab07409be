import type { CentreUser } from '../../../../src/central/accounts/centre-user';
import { enterprise, foodItem, receiptsFor, registration } from '../../../helpers/intake-fixtures';
import type { TestDesk } from '../../../helpers/test-backend';

export const hygieneItem = '32050000WJ-XK-0001'; // 公共场所卫生许可（新办）, 江川市卫生健康委员会
export const market = '江川市市场监督管理局';
export const health = '江川市卫生健康委员会';

export function centreUser(role: CentreUser['role'], bound: { department?: string; hallCode?: string } = {}): CentreUser {
  return {
    accountId: `${role}-${bound.department ?? bound.hallCode ?? 'all'}`,
    staffNo: `S${role.length}`,
    name: `测试${role}`,
    role,
    hallCode: bound.hallCode ?? null,
    department: bound.department ?? null,
  };
}

export const reviewerOf = (department: string) => centreUser('department-reviewer', { department });

/** A joint case (联审联办): 食品经营许可 (市场监管) and 公共场所卫生许可 (卫健委), accepted at the desk. */
export async function registerJointCase(desk: TestDesk, sessionKey: string): Promise<string> {
  const { materials } = await receiptsFor(desk, [foodItem, hygieneItem], sessionKey);
  const detail = await desk.call(
    'cases.register',
    registration({ itemCodes: [foodItem, hygieneItem], applicant: enterprise, materials, decision: { kind: 'accept' } }),
    sessionKey,
  );
  return detail.caseNo;
}
