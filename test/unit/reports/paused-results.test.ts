import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDesk } from '../../helpers/test-backend';
import { sessions, writeStore } from '../ratings/rating-fixtures';
import { smallHall } from './report-fixtures';

let desk: TestDesk;
let D: string;
beforeAll(async () => {
  ({
    desk,
    cases: { D },
  } = await smallHall());
}, 60_000);
afterAll(() => desk.close());

const month = () => desk.call('reports.figures', { period: 'month', date: '2026-03-15', groupBy: 'clerk' }, sessions.supervisor);

describe('stored results of finished cases whose clock stopped', () => {
  it('are reused while the case is unchanged and worked out again when its pause changes', async () => {
    // D: accepted 03-02, finished 03-11, paused (03-04, 03-06]: 7 working days less 2.
    expect((await month()).rows.find((r) => r.key === 'A001')).toMatchObject({ finished: 1, avgWorkingDays: 5 });
    expect((await month()).rows.find((r) => r.key === 'A001')).toMatchObject({ finished: 1, avgWorkingDays: 5 });
    writeStore(desk, "UPDATE case_pauses SET to_date = '2026-03-09' WHERE case_no = ?", D);
    expect((await month()).rows.find((r) => r.key === 'A001')).toMatchObject({ finished: 1, avgWorkingDays: 4 });
  });
});
