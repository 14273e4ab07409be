import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSearchInput } from '../../../src/shared/contract/case-endpoints';
import { foodItem, socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { people, register, registerFiveCases } from './search-fixtures';

let desk: TestDesk;
let cases: string[];
const admin = 'admin-window';
const clerk = 'clerk-window';

beforeAll(async () => {
  desk = openTestDesk(); // 2026-03-02 09:30 in the hall
  await setUpDesk(desk, admin);
  await desk.call('users.create', { staffNo: 'C001', name: '李窗口', role: 'clerk', password: 'Clerk2026pass' }, admin);
  await desk.call('auth.login', { staffNo: 'C001', password: 'Clerk2026pass' }, clerk);
  cases = await registerFiveCases(desk, admin, clerk);
}, 60_000);
afterAll(() => desk.close());

/** Which of the five cases (1-based, newest first) a search finds. */
async function find(input: CaseSearchInput): Promise<number[]> {
  const found = await desk.call('cases.search', { todayOnly: false, ...input }, admin);
  expect(found.rows.length).toBeLessThanOrEqual(found.total);
  return found.rows.map((row) => cases.indexOf(row.caseNo) + 1);
}

describe('fuzzy search on Chinese substrings', () => {
  it('finds a name by one or two of its characters, and by three through the trigram index', async () => {
    expect(await find({ query: '三' })).toEqual([4, 1]);
    expect(await find({ query: '张三' })).toEqual([1]);
    expect(await find({ query: '三丰' })).toEqual([4]);
    expect(await find({ query: '王三丰' })).toEqual([4]);
    expect(await find({ query: '欧阳娜' })).toEqual([5]);
    expect(await find({ query: '赵' })).toEqual([]);
  });

  it('finds the cases of an item by part of its name, and enterprises by part of theirs', async () => {
    expect(await find({ query: '食品经营' })).toEqual([4, 3]);
    expect(await find({ query: '社会保障卡' })).toEqual([5, 2, 1]);
    expect(await find({ query: '社保' })).toEqual([]);
    // 食品 is in two items' names and in the company's own name.
    expect(await find({ query: '食品' })).toEqual([4, 3]);
    expect(await find({ query: '明远' })).toEqual([3]);
  });

  it('finds IDs, credit codes, phones and case numbers by any fragment, in any letter case', async () => {
    expect(await find({ query: '1231002' })).toEqual([1]);
    expect(await find({ query: '19491231002x' })).toEqual([1]);
    expect(await find({ query: 'm000100y43' })).toEqual([3]);
    expect(await find({ query: '0000111' })).toEqual([2]);
    expect(await find({ query: '68001234' })).toEqual([4]);
    expect(await find({ query: cases[2]! })).toEqual([3]);
    expect(await find({ query: '2026-000005' })).toEqual([5]);
  });

  it('checks a long term whole: its pieces in different fields are no match', async () => {
    // 张三's ID starts 1101051, his phone holds 3812345: both pieces, never the whole.
    expect(await find({ query: '11010513812345' })).toEqual([]);
    expect(await find({ query: '110105194912' })).toEqual([1]);
  });

  it('combines words (all must match) and takes wildcards and quotes literally', async () => {
    expect(await find({ query: '三 食品' })).toEqual([4]);
    expect(await find({ query: '三   社会保障' })).toEqual([1]);
    expect(await find({ query: '%%%' })).toEqual([]);
    expect(await find({ query: '_三' })).toEqual([]);
    expect(await find({ query: '"三"' })).toEqual([]);
    expect(await find({ query: '张三" NOT "李' })).toEqual([]);
  });
});

describe('short queries and number tails', () => {
  it('says a query is too short instead of finding nothing', async () => {
    for (const query of ['%', 'a', 'ab', '-1', '三 x']) {
      expect(await desk.fail('cases.search', { query, todayOnly: false }, admin)).toMatchObject({
        code: 'VALIDATION',
        field: 'query',
        message: expect.stringMatching(/^请至少输入/),
      });
    }
  });

  it('finds a case by the tail of its number, however many digits are typed', async () => {
    // The five cases are serials 1–5 of JC-03-2026: "5", "05", "0005", "000005" all mean case 5.
    for (const query of ['5', '05', '005', '0005', '000005', '2026-000005']) expect(await find({ query })).toEqual([5]);
    expect(await find({ query: '2' })).toEqual([2]);
    expect(await find({ query: '6' })).toEqual([]);
    expect(await find({ query: '12' })).toEqual([]);
    expect(await find({ query: '3 食品' })).toEqual([3]);
    expect(await find({ query: cases[4]!.toLowerCase() })).toEqual([5]);
    expect(await find({ query: cases[4]!.replace(/5$/, '') })).toEqual([]);
  });
});

describe('whole numbers and their tails', () => {
  it('finds a whole ID number, phone or case number, or its last digits, by the numbers ending in them', async () => {
    expect(await find({ query: people.zhangSan.idNumber })).toEqual([1]);
    expect(await find({ query: '1231002x' })).toEqual([1]);
    expect(await find({ query: people.zhangSan.phone })).toEqual([1]);
    expect(await find({ query: '345678' })).toEqual([1]);
    expect(await find({ query: '68001234' })).toEqual([4]);
    expect(await find({ query: '000003' })).toEqual([3]);
    expect(await find({ query: `${people.liSi.phone} 社会保障卡` })).toEqual([2]);
  });

  it('finds digits from the middle of a number (a birth date) when no number ends in them', async () => {
    expect(await find({ query: '19491231' })).toEqual([1]);
    expect(await find({ query: '13812345' })).toEqual([1]);
  });
});

describe('filters and paging', () => {
  it('filters by state, item, clerk and received dates, alone or with words', async () => {
    expect(await find({ state: 'awaiting-materials' })).toEqual([2]);
    expect(await find({ itemCode: foodItem })).toEqual([4, 3]);
    expect(await find({ itemCode: socialCardItem, query: '三' })).toEqual([1]);
    expect(await find({ clerkStaffNo: 'C001' })).toEqual([5]);
    expect(await find({ clerkStaffNo: 'A001', query: '食品' })).toEqual([4, 3]);
    expect(await find({ receivedFrom: '2026-03-03' })).toEqual([5]);
    expect(await find({ receivedTo: '2026-03-02' })).toEqual([4, 3, 2, 1]);
    expect(await find({ receivedFrom: '2026-03-02', receivedTo: '2026-03-02', query: '社会保障' })).toEqual([2, 1]);
    expect(await find({ todayOnly: true })).toEqual([5]);
    expect(await find({ query: '三', state: 'accepted', receivedFrom: '2026-03-02', receivedTo: '2026-03-02' })).toEqual([4, 1]);
    expect(await find({ query: '三', state: 'accepted', receivedFrom: '2026-03-03' })).toEqual([]);
    expect(await find({ query: '娜', clerkStaffNo: 'C001' })).toEqual([5]);
    expect(await find({ query: '三', clerkStaffNo: 'C001' })).toEqual([]);
  });

  it('filters by the 督办 warning level the supervision service gives each running case today', async () => {
    // Today is Monday 03-09: 张三's 社保卡 was due 03-03; the food cases are due today; 欧阳's
    // 1-day item, registered today, tomorrow: not yet half its time limit used, so not yellow.
    expect(await find({ warningLevel: 'red' })).toEqual([1]);
    expect(await find({ warningLevel: 'yellow' })).toEqual([4, 3]);
    expect(await find({ warningLevel: 'yellow', query: '食品' })).toEqual([4, 3]);
    expect(await find({ warningLevel: 'normal' })).toEqual([5]);
  });

  it('pages the newest first with the total of all matches', async () => {
    const first = await desk.call('cases.search', { query: '', todayOnly: false, page: 1, pageSize: 2 }, admin);
    const third = await desk.call('cases.search', { query: '', todayOnly: false, page: 3, pageSize: 2 }, admin);
    expect(first.total).toBe(5);
    expect(first.rows.map((r) => r.caseNo)).toEqual([cases[4], cases[3]]);
    expect(third.rows.map((r) => r.caseNo)).toEqual([cases[0]]);
    expect((await desk.call('cases.search', { query: '三', todayOnly: false, page: 2, pageSize: 1 }, admin)).rows[0]?.caseNo).toBe(
      cases[0],
    );
    expect(await find({ query: '社会保障卡', page: 2, pageSize: 2 })).toEqual([1]);
    const food = await desk.call('cases.search', { query: '食品', todayOnly: false, page: 2, pageSize: 1 }, admin);
    expect([food.total, food.rows.map((r) => r.caseNo)]).toEqual([2, [cases[2]]]);
  });

  it('refuses a date range that ends before it starts, and a malformed date', async () => {
    expect(await desk.fail('cases.search', { receivedFrom: '2026-03-05', receivedTo: '2026-03-01' }, admin)).toMatchObject({
      code: 'VALIDATION',
      field: 'receivedTo',
    });
    expect(await desk.fail('cases.search', { receivedFrom: '2026-3-5' }, admin)).toMatchObject({
      code: 'VALIDATION',
      field: 'receivedFrom',
    });
  });
});

describe('the index follows the cases in the same transaction', () => {
  it('re-indexes a changed name and state, and forgets the old name', async () => {
    const db = new (await import('better-sqlite3')).default(`${desk.dataDir}/halldesk.sqlite3`);
    try {
      db.prepare("UPDATE cases SET applicant_name = '张小三', state = 'in-progress' WHERE case_no = ?").run(cases[0]);
    } finally {
      db.close();
    }
    expect(await find({ query: '张小' })).toEqual([1]);
    expect(await find({ query: '张小三' })).toEqual([1]);
    expect(await find({ query: '张三' })).toEqual([]);
    expect(await find({ state: 'in-progress' })).toEqual([1]);
    expect(await find({ state: 'accepted', query: '三' })).toEqual([4]);
  });

  it('finds a case by its corrected phone, and no longer by the old one', async () => {
    // 张三's phone 13812345678 holds 812345 in its middle: only a number ending in it may be found.
    await desk.call('cases.correctContact', { caseNo: cases[1]!, phone: '13600812345', reason: '申请人当场发现电话填错' }, admin);
    expect(await find({ query: '13600812345' })).toEqual([2]);
    expect(await find({ query: '812345' })).toEqual([2]);
    expect(await find({ query: people.liSi.phone })).toEqual([]);
  });

  it('carries a changed state into the name-character index and the kept counts, and a new case into the totals', async () => {
    const db = new (await import('better-sqlite3')).default(`${desk.dataDir}/halldesk.sqlite3`);
    try {
      db.prepare("UPDATE cases SET state = 'in-progress' WHERE case_no = ?").run(cases[3]);
    } finally {
      db.close();
    }
    expect(await find({ state: 'accepted', query: '三' })).toEqual([]);
    expect(await find({ state: 'in-progress', query: '三', receivedFrom: '2026-03-02', receivedTo: '2026-03-02' })).toEqual([4, 1]);
    const total = async (input: Partial<CaseSearchInput>) =>
      (await desk.call('cases.search', { query: '', todayOnly: false, ...input }, admin)).total;
    expect(await total({ state: 'in-progress' })).toBe(2);
    expect(await total({ state: 'accepted' })).toBe(2);
    const before = [
      await total({}),
      await total({ itemCode: socialCardItem }),
      await total({ clerkStaffNo: 'C001' }),
      await total({ todayOnly: true }),
    ];
    await register(desk, clerk, socialCardItem, people.liSi);
    const after = [
      await total({}),
      await total({ itemCode: socialCardItem }),
      await total({ clerkStaffNo: 'C001' }),
      await total({ todayOnly: true }),
    ];
    expect(after).toEqual(before.map((n) => n + 1));
    expect(await total({ query: '社会保障卡' })).toBe(before[1]! + 1);
  });
});
