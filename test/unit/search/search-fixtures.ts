import type { RegisterCaseInput } from '../../../src/shared/contract/case-endpoints';
import { receiptsFor, registration, socialCardItem, foodItem } from '../../helpers/intake-fixtures';
import type { TestDesk } from '../../helpers/test-backend';

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid 18-digit resident ID from its first 17 digits. */
export function residentId(body17: string): string {
  const sum = [...body17].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body17 + '10X98765432'[sum % 11]!;
}

export const people = {
  zhangSan: { kind: 'person' as const, idKind: 'resident' as const, idNumber: '11010519491231002X', name: '张三', phone: '13812345678' },
  liSi: { kind: 'person' as const, idKind: 'resident' as const, idNumber: '440524188001010014', name: '李四', phone: '13900001111' },
  wangSanfeng: {
    kind: 'person' as const,
    idKind: 'resident' as const,
    idNumber: residentId('32050519800101123'),
    name: '王三丰',
    phone: '0512-68001234',
  },
  ouyang: {
    kind: 'person' as const,
    idKind: 'resident' as const,
    idNumber: residentId('32050519900202456'),
    name: '欧阳娜娜',
    phone: '13711112222',
  },
};

export const foodCompany = {
  kind: 'enterprise' as const,
  creditCode: '91350100M000100Y43',
  name: '江川市明远食品有限公司',
  legalRepresentative: '陈明远',
  contactName: '刘芳',
  phone: '13812349999',
};

type Applicant = RegisterCaseInput['applicant'];
type Decision = RegisterCaseInput['decision'];

export async function register(
  desk: TestDesk,
  session: string,
  itemCode: string,
  applicant: Applicant,
  decision: Decision = { kind: 'accept' },
) {
  const { materials } = await receiptsFor(
    desk,
    [itemCode],
    session,
    decision.kind === 'correction-notice' ? { missing: ['applicant-id'] } : {},
  );
  return desk.call('cases.register', registration({ itemCodes: [itemCode], applicant, materials, decision }), session);
}

/**
 * Five cases: 1 张三 社保卡, 2 李四 社保卡 (一次性告知), 3 明远食品公司 食品经营许可, 4 王三丰 食品经营许可,
 * 5 欧阳娜娜 社保卡 registered by another clerk a week later.
 */
export async function registerFiveCases(desk: TestDesk, admin: string, clerk: string) {
  const one = await register(desk, admin, socialCardItem, people.zhangSan);
  const two = await register(desk, admin, socialCardItem, people.liSi, { kind: 'correction-notice' });
  const three = await register(desk, admin, foodItem, foodCompany);
  const four = await register(desk, admin, foodItem, people.wangSanfeng);
  desk.clock.advanceMinutes(7 * 24 * 60);
  const five = await register(desk, clerk, socialCardItem, people.ouyang);
  return [one, two, three, four, five].map((c) => c.caseNo);
}
