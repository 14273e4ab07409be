import { foodItem, foundingItem, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import type { TestDesk } from '../../helpers/test-backend';
import { rate, ratingDesk, sessions, writeStore } from '../ratings/rating-fixtures';
import { foodCompany, people, register } from '../search/search-fixtures';

/**
 * A small hall on Monday 2026-03-02, registered through the back end:
 * - C001 (李窗口): A 张三 社保卡 受理; B 李四 社保卡 一次性告知; C 明远食品公司 企业设立 + 食品经营 容缺受理;
 * - A001 (王管理): D 王三丰 食品经营 受理; E 欧阳娜娜 社保卡 不予受理;
 * - ratings that day: A 满意 and C 非常满意 (invited by C001), D 非常不满意 (invited by A001);
 * - finished (the lifecycle's decided_on): A on 03-03 (due 03-03), C on 03-10 (due 03-09, late),
 *   D on 03-11 after a 待补正 pause 03-04..03-06 that moved its due date from 03-09 to 03-11;
 * - Tuesday 03-03: F 张三 社保卡 受理 by C001.
 */
export async function smallHall(): Promise<{ desk: TestDesk; cases: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string> }> {
  const { desk, caseNo: A } = await ratingDesk();
  const B = (await register(desk, sessions.clerk, socialCardItem, people.liSi, { kind: 'correction-notice' })).caseNo;
  const { materials } = await receiptsFor(desk, [foundingItem, foodItem], sessions.clerk, { missing: ['premises-proof'] });
  const C = (
    await desk.call(
      'cases.register',
      registration({
        itemCodes: [foundingItem, foodItem],
        applicant: foodCompany,
        materials,
        decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-03' }] },
      }),
      sessions.clerk,
    )
  ).caseNo;
  const D = (await register(desk, sessions.admin, foodItem, people.wangSanfeng)).caseNo;
  const E = (
    await register(desk, sessions.admin, socialCardItem, people.ouyang, {
      kind: 'refuse',
      reasonKind: 'not-permit-matter',
      reasonText: '不属于本事项',
    })
  ).caseNo;
  await rate(desk, A, 'satisfied');
  await rate(desk, C, 'very-satisfied');
  await rateAs(desk, sessions.admin, D, 'very-dissatisfied');
  writeStore(desk, "UPDATE cases SET state = 'delivered', decided_on = '2026-03-03' WHERE case_no = ?", A);
  writeStore(desk, "UPDATE cases SET state = 'delivered', decided_on = '2026-03-10' WHERE case_no = ?", C);
  writeStore(
    desk,
    "INSERT INTO case_pauses (case_no, kind, from_date, to_date) VALUES (?, 'awaiting-materials', '2026-03-04', '2026-03-06')",
    D,
  );
  writeStore(desk, "UPDATE cases SET state = 'decided', decided_on = '2026-03-11' WHERE case_no = ?", D);
  desk.clock.advanceMinutes(24 * 60);
  const F = (await register(desk, sessions.clerk, socialCardItem, people.zhangSan)).caseNo;
  return { desk, cases: { A, B, C, D, E, F } };
}

async function rateAs(desk: TestDesk, session: string, caseNo: string, level: 'very-dissatisfied') {
  const invited = await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, session);
  const prompt = (await desk.call('ratings.pending', { invitationId: invited.id, token: invited.viewToken }, sessions.screen))!;
  await desk.call('ratings.submit', { invitationId: prompt.invitationId, token: prompt.token, level }, sessions.screen);
}
