import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDesk } from '../../helpers/test-backend';
import {
  advanceDays,
  employerInsuranceItem,
  enterprise,
  foundingItem,
  openLifecycleDesk,
  register,
  signIn,
  socialCardItem,
  w,
} from '../lifecycle/lifecycle-fixtures';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openLifecycleDesk();
  await signIn(desk, 'C101', '李窗口', 'clerk');
});
afterEach(() => desk.close());

describe('工作台 (home.overview)', () => {
  it("lists the caller's cases of today, cases running late, 容缺 owed, results to hand out and unsent changes", async () => {
    const card = await register(desk, [socialCardItem]);
    const deferred = await register(desk, [foundingItem], {
      missing: ['premises-proof'],
      decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-03' }] },
    });
    const quick = await register(desk, [employerInsuranceItem]);
    await desk.call('lifecycle.start', { caseNo: card.caseNo, position: 0 }, w);
    await desk.call(
      'lifecycle.recordDecision',
      { caseNo: card.caseNo, position: 0, outcome: 'approved', docNo: '江社保卡〔2026〕1号', decidedOn: '2026-03-02' },
      w,
    );

    const home = await desk.call('home.overview', {}, w);
    expect(home.today).toBe('2026-03-02');
    expect(home.todayCases.map((c) => c.caseNo).sort()).toEqual([card.caseNo, deferred.caseNo, quick.caseNo].sort());
    expect(home.todayCases.find((c) => c.caseNo === card.caseNo)).toMatchObject({ state: 'decided', decision: 'accept' });
    expect(home.readyToHandOut.map((r) => r.caseNo)).toEqual([card.caseNo]);
    expect(home.deferredDue).toEqual([
      {
        caseNo: deferred.caseNo,
        applicantName: enterprise.name,
        materialName: '住所（经营场所）使用证明',
        deadline: '2026-03-03',
        overdue: false,
      },
    ]);
    expect(home.unsentChanges).toBeGreaterThan(0);

    // 首问负责: another clerk's home shows none of this.
    expect(await desk.call('home.overview', {}, 'C101')).toMatchObject({
      todayCases: [],
      dueSoon: [],
      deferredDue: [],
      readyToHandOut: [],
    });

    advanceDays(desk, 4);
    const later = await desk.call('home.overview', {}, w);
    expect(later.todayCases).toEqual([]);
    expect(later.dueSoon.map((r) => r.caseNo)).toContain(quick.caseNo);
    expect(later.dueSoon.find((r) => r.caseNo === quick.caseNo)?.level).toBe('red');
    expect(later.dueSoon.every((r) => r.level === 'red' || r.level === 'yellow')).toBe(true);
    expect(later.deferredDue[0]).toMatchObject({ caseNo: deferred.caseNo, overdue: true });

    // Once the material comes, it is no longer owed.
    await desk.call('lifecycle.supply', { caseNo: deferred.caseNo, materials: [{ key: 'premises-proof', originals: 1, copies: 1 }] }, w);
    expect((await desk.call('home.overview', {}, w)).deferredDue).toEqual([]);
  });
});
