import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { reRegistrationReason } from '../../../src/central/sync/re-registration';
import { batchOf, caseDetail, caseEvent, casesWithPayload, sendBatch } from './suite/desk-fixtures';
import type { CasePayload, EnrolledDesk } from './suite/desk-fixtures';
import type { TestCentre } from './suite/test-centre';
import { availableTestStores } from './suite/test-stores';
import { useCentreWithDesk } from './suite/centre-with-desk';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

const setup = useCentreWithDesk(store);
let centre: TestCentre;
let jc: EnrolledDesk;
beforeEach(() => ({ centre, jc } = setup));

const caseNo = 'JC-03-2026-000003';

async function applicantAtCentre(): Promise<string> {
  const rows = await centre.sql.query<{ name: string }>(
    `SELECT payload->'applicant'->>'name' AS name FROM ${casesWithPayload} WHERE case_no = $1`,
    [caseNo],
  );
  return rows[0]?.name ?? '';
}

const named = (name: string, overrides: Partial<CasePayload> = {}) =>
  caseDetail(caseNo, 'JC', '03', { applicant: { ...caseDetail(caseNo, 'JC', '03').applicant, name }, ...overrides });

it('refuses a second registration of a case number the centre holds, and the changes that follow it; the earlier case stays', async () => {
  const first = caseEvent(named('张三'));
  expect((await sendBatch(centre, jc, batchOf([first]))).json.value.results[0].status).toBe('applied');

  // A desk restored from an old backup registers another applicant under the same number, later.
  const later = { receivedAt: '2026-11-21T03:00:00.000Z' };
  const second = caseEvent(named('李四', later));
  const reply = await sendBatch(centre, jc, batchOf([second]));
  expect(reply.json.value.results[0]).toMatchObject({ status: 'rejected', reason: reRegistrationReason });
  expect(await applicantAtCentre()).toBe('张三');
  const ledger = await centre.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM received_events WHERE event_id = $1', [
    second.eventId,
  ]);
  expect(ledger[0]?.n).toBe(0);
  const followUp = caseEvent(named('李四四', later), 'case.updated');
  expect((await sendBatch(centre, jc, batchOf([followUp]))).json.value.results[0]).toMatchObject({
    status: 'rejected',
    reason: reRegistrationReason,
  });
  expect(await applicantAtCentre()).toBe('张三');

  // The first registration sent again is still only a duplicate, and the earlier case's own change applies.
  expect((await sendBatch(centre, jc, batchOf([first]))).json.value.results[0].status).toBe('duplicate');
  const update = caseEvent(named('张三丰'), 'case.updated');
  expect((await sendBatch(centre, jc, batchOf([update]))).json.value.results[0].status).toBe('applied');
  expect(await applicantAtCentre()).toBe('张三丰');
});
