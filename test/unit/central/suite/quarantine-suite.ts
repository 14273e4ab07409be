import { beforeEach, expect, it } from 'vitest';
import { quarantinedReasonPrefix } from '../../../../src/central/sync/apply-batch';
import { checkQueuedPayloads } from '../../../../src/central/sync/payload-checker';
import { api, batchOf, caseDetail, caseEvent, countRows, enrolNewDesk, sendBatch } from './desk-fixtures';
import type { CasePayload, EnrolledDesk } from './desk-fixtures';
import type { TestCentre } from './test-centre';
import type { TestStore } from './test-stores';
import { useCentreWithDesk } from './centre-with-desk';

/** A payload whose one fault lies beyond the fields the batch acts on (the applicant): it passes the light checks. */
const withoutApplicantName = (caseNo: string, overrides: Partial<CasePayload> = {}) => {
  const detail = caseDetail(caseNo, 'JC', '03', overrides);
  return { ...detail, applicant: { ...detail.applicant, name: 42 as unknown as string } };
};

export function defineQuarantineTests(store: TestStore): void {
  const setup = useCentreWithDesk(store);
  let centre: TestCentre;
  let jc: EnrolledDesk;
  beforeEach(() => ({ centre, jc } = setup));

  /** What another desk of the hall (window 09, just enrolled) gets of the hall's cases. */
  const snapshotCases = async () => {
    const other = await enrolNewDesk(centre, 'JC', '09');
    const reply = await api(centre, '/v1/snapshot', { auth: other.auth });
    expect(reply.status).toBe(200);
    return (reply.json.value.cases as { caseNo: string; payloadJson: string }[]).map((c) => ({
      caseNo: c.caseNo,
      applicant: (JSON.parse(c.payloadJson) as { applicant: { name: unknown } }).applicant.name,
    }));
  };

  it('applies a payload that passes the light checks, then the background check quarantines it before anyone else sees it', async () => {
    const good = caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03'));
    const bad = caseEvent(withoutApplicantName('JC-03-2026-000002', { queryCode: 'BADQUERY2026' }));
    const reply = await sendBatch(centre, jc, batchOf([good, bad]));
    expect(reply.json.value.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    expect(await countRows(centre, 'payload_check_queue')).toBe(1);

    // The public page checks what is queued before it shows a case: the bad one answers like an unknown case.
    const lookup = await api(centre, '/v1/public/status?case=JC-03-2026-000002&code=BADQUERY2026');
    const unknown = await api(centre, '/v1/public/status?case=JC-03-2026-999999&code=BADQUERY2026');
    expect([lookup.status, lookup.text]).toEqual([unknown.status, unknown.text]);
    expect(await countRows(centre, 'payload_check_queue')).toBe(0);
    const quarantined = await centre.sql.query('SELECT seq, event_id::text AS event_id, entity_id, reason FROM quarantined_events');
    expect(quarantined).toEqual([
      {
        seq: bad.seq,
        event_id: bad.eventId,
        entity_id: 'JC-03-2026-000002',
        reason: expect.stringMatching(/^案件数据不正确：applicant\.name/),
      },
    ]);
    expect((await api(centre, '/v1/public/status?case=JC-03-2026-000001&code=QRY7K2M9XD4H')).json.value).toMatchObject({
      applicantName: '张*明',
    });

    expect(await snapshotCases()).toEqual([{ caseNo: 'JC-03-2026-000001', applicant: '张小明' }]);
    const overview = await centre.admin.overview();
    expect(overview.halls.find((h) => h.code === 'JC')).toMatchObject({ quarantinedEvents: 1, openRejections: 0 });

    // Sent again (its reply was lost, say), it is answered as rejected with the check's reason, not as a duplicate.
    const again = await sendBatch(centre, jc, batchOf([bad]));
    expect(again.json.value.results).toEqual([
      { eventId: bad.eventId, status: 'rejected', reason: `${quarantinedReasonPrefix}${quarantined[0]?.reason as string}` },
    ]);
  });

  it('a bad later event withholds its case from others until a good event replaces it; checking twice quarantines once', async () => {
    await sendBatch(centre, jc, batchOf([caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03'))]));
    await sendBatch(centre, jc, batchOf([caseEvent(withoutApplicantName('JC-03-2026-000001'), 'case.updated')]));
    expect(await checkQueuedPayloads(centre.sql)).toEqual({ batches: 2, quarantined: 1 });
    expect(await checkQueuedPayloads(centre.sql)).toEqual({ batches: 0, quarantined: 0 });
    expect(await snapshotCases()).toEqual([]);

    await sendBatch(centre, jc, batchOf([caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03', { note: '已更正' }), 'case.updated')]));
    expect(await snapshotCases()).toEqual([{ caseNo: 'JC-03-2026-000001', applicant: '张小明' }]);
    expect((await centre.admin.overview()).halls[0]).toMatchObject({ quarantinedEvents: 1 });
  });
}
