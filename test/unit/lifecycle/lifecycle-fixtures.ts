import type { RegisterCaseInput } from '../../../src/shared/contract/case-endpoints';
import type { Role } from '../../../src/shared/contract/roles';
import { enterprise, foundingItem, person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

export { enterprise, foundingItem, person, socialCardItem };
/** 社会保险登记（单位参保登记）: 江川市社会保险基金管理中心, 1 working day. */
export const employerInsuranceItem = '32050000SB-QR-0001';
/** 公共场所卫生许可: 5 working days plus 现场勘验 (3 days, not counted in the limit). */
export const hygieneItem = '32050000WJ-XK-0001';
export const marketDepartment = '江川市市场监督管理局';
export const insuranceDepartment = '江川市社会保险基金管理中心';

/** The administrator's window; the desk's clock starts on Monday 2026-03-02, 09:30 in the hall. */
export const w = 'window';

export async function openLifecycleDesk(): Promise<TestDesk> {
  const desk = openTestDesk();
  await setUpDesk(desk, w);
  return desk;
}

export function advanceDays(desk: TestDesk, days: number): void {
  desk.clock.advanceMinutes(days * 24 * 60);
}

type Decision = RegisterCaseInput['decision'];

export async function register(
  desk: TestDesk,
  itemCodes: string[],
  options: { missing?: string[]; decision?: Decision; applicant?: RegisterCaseInput['applicant']; session?: string } = {},
) {
  const session = options.session ?? w;
  const { materials } = await receiptsFor(desk, itemCodes, session, { missing: options.missing ?? [] });
  const applicant = options.applicant ?? (itemCodes.includes(socialCardItem) ? person : enterprise);
  const decision = options.decision ?? (options.missing?.length ? { kind: 'correction-notice' as const } : { kind: 'accept' as const });
  return desk.call('cases.register', registration({ itemCodes, applicant, materials, decision }), session);
}

/** Creates an account and logs it in at its own window (the session key is the staff number). */
export async function signIn(desk: TestDesk, staffNo: string, name: string, role: Role) {
  const password = 'Passw0rd2026';
  const user = await desk.call('users.create', { staffNo, name, role, password }, w);
  await desk.call('auth.login', { staffNo, password }, staffNo);
  return user;
}

export const mandate = {
  principal: '陈明远',
  principalPhone: '13812345678',
  scope: '企业设立登记及社保登记全程代办',
  signedOn: '2026-03-02',
};

/** Rows of the outbox and audit log about one case, oldest first. */
export function changesOf(desk: TestDesk, caseNo: string) {
  return desk.call('audit.list', { page: 1, pageSize: 200 }, w).then(({ rows }) => rows.filter((r) => r.entityId === caseNo).reverse());
}
