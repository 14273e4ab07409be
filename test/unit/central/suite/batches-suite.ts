import { createHash, randomUUID } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import { seqTakenReason } from '../../../../src/central/sync/apply-batch';
import { pruneLedger } from '../../../../src/central/sync/ledger-retention';
import { notThisDeskNumberReason } from '../../../../src/central/sync/check-event';
import { canonicalJson } from '../../../../src/shared/sync/canonical-json';
import {
  api,
  casesWithPayload,
  batchOf,
  caseDetail,
  caseEvent,
  countRows,
  createHall,
  deskEvent,
  enrolNewDesk,
  sendBatch,
} from './desk-fixtures';
import type { EnrolledDesk } from './desk-fixtures';
import { testAdminToken } from './test-centre';
import type { TestCentre } from './test-centre';
import type { TestStore } from './test-stores';
import { useCentreWithDesk } from './centre-with-desk';

const otherHall = '不能写入其他大厅的案件';
const notThisDesk = notThisDeskNumberReason;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function defineBatchTests(store: TestStore): void {
  const setup = useCentreWithDesk(store, ['JC', 'XY']);
  let centre: TestCentre;
  let jc: EnrolledDesk;
  beforeEach(() => ({ centre, jc } = setup));

  const statuses = (reply: { json: { value: { results: { status: string }[] } } }) => reply.json.value.results.map((r) => r.status);

  it('applies each event once: a resent batch is acknowledged as duplicate and changes nothing', async () => {
    const events = [1, 2, 3].map((n) => caseEvent(caseDetail(`JC-03-2026-00000${n}`, 'JC', '03')));
    events.push(deskEvent('user', '7', 'user.created', { id: 7, staffNo: 'C007', name: '王五', role: 'clerk', active: true }));
    const batch = batchOf(events);

    const first = await sendBatch(centre, jc, batch);
    expect(first.status).toBe(200);
    expect(first.json.value.batchId).toBe(batch.batchId);
    expect(first.json.value.results).toEqual(events.map((e) => ({ eventId: e.eventId, status: 'applied' })));
    expect(await countRows(centre, 'cases')).toBe(3);
    expect(await countRows(centre, 'received_events')).toBe(4);
    const before = await centre.sql.query('SELECT case_no, updated_at, last_event_id FROM cases ORDER BY case_no');

    const resent = await sendBatch(centre, jc, batch);
    expect(resent.status).toBe(200);
    expect(statuses(resent)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
    const rebatched = await sendBatch(centre, jc, batchOf(events));
    expect(statuses(rebatched)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);

    expect(await countRows(centre, 'cases')).toBe(3);
    expect(await countRows(centre, 'received_events')).toBe(4);
    expect(await centre.sql.query('SELECT case_no, updated_at, last_event_id FROM cases ORDER BY case_no')).toEqual(before);
    const receipts = await centre.sql.query<{ attempts: number }>('SELECT attempts FROM batches WHERE batch_id = $1', [batch.batchId]);
    expect(receipts).toEqual([{ attempts: 2 }]);
  });

  it('the same batch sent several times at once is applied once: the copies that lost the race answer duplicate', async () => {
    // On a server the copies run in parallel transactions: the losers' COPY meets the winner's rows
    // (a unique violation) and they apply the batch again, finding it held.
    const events = [1, 2, 3].map((n) => caseEvent(caseDetail(`JC-03-2026-00000${n}`, 'JC', '03')));
    const batch = batchOf(events);
    const replies = await Promise.all([1, 2, 3, 4].map(() => sendBatch(centre, jc, batch)));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const answers = replies.map((r) => statuses(r).join(',')).sort();
    expect(answers).toEqual([
      'applied,applied,applied',
      'duplicate,duplicate,duplicate',
      'duplicate,duplicate,duplicate',
      'duplicate,duplicate,duplicate',
    ]);
    expect(await countRows(centre, 'received_events')).toBe(3);
    expect(await countRows(centre, 'cases')).toBe(3);
  });

  it('the same event twice in one batch is applied once', async () => {
    const event = caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03'));
    expect(statuses(await sendBatch(centre, jc, batchOf([event, event])))).toEqual(['applied', 'duplicate']);
    expect(await countRows(centre, 'received_events')).toBe(1);
  });

  it("stores the case's content hash: sha256 of the canonical JSON of the payload as sent", async () => {
    const detail = caseDetail('JC-03-2026-000001', 'JC', '03', { note: '含“引号”与 emoji 🙂' });
    await sendBatch(centre, jc, batchOf([caseEvent(detail)]));
    const rows = await centre.sql.query<{
      content_hash: string;
      payload: unknown;
      state: string;
      promised_date: string;
      query_code: string;
    }>(`SELECT content_hash, payload, state, promised_date, query_code FROM ${casesWithPayload}`);
    const expected = createHash('sha256').update(canonicalJson(detail), 'utf8').digest('hex');
    expect(rows[0]).toMatchObject({
      content_hash: expected,
      state: 'accepted',
      promised_date: '2026-12-04',
      query_code: sha256('QRY7K2M9XD4H'),
    });
    // Stored without its query code; the desk's hash of the same payload with the code put back matches.
    expect(rows[0]?.payload).toMatchObject({ queryCode: null });
    const restored = { ...(rows[0]?.payload as object), queryCode: 'QRY7K2M9XD4H' };
    expect(createHash('sha256').update(canonicalJson(restored)).digest('hex')).toBe(expected);
  });

  it('keeps and hashes the payload bytes the desk sent (payloadJson), never a re-serialisation of them', async () => {
    const detail = caseDetail('JC-03-2026-000001', 'JC', '03', { queryCode: undefined });
    // Not canonical on purpose (keys unsorted, a space): a centre that re-serialised would store and hash other bytes.
    const sent = JSON.stringify(detail, null, 1);
    const { payload: _parsed, ...header } = caseEvent(detail);
    await sendBatch(centre, jc, batchOf([{ ...header, payloadJson: sent }]));
    expect(await centre.sql.query('SELECT content_hash FROM cases')).toEqual([{ content_hash: sha256(sent) }]);
    expect(await centre.sql.query('SELECT payload FROM received_events')).toEqual([{ payload: sent }]);
  });

  it('keeps only the hash of a query code: the code is nowhere in the database, not in a rejected event either', async () => {
    const rejected = caseEvent(caseDetail('JC-03-2026-000002', 'JC', '03', { queryCode: 'REJECTED7K2M9XD', promisedDate: '2026-02-30' }));
    await sendBatch(centre, jc, batchOf([caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03')), rejected]));
    // The same as bytes (payloadJson): accepted, and rejected under a seq another event holds.
    const asBytes = (event: ReturnType<typeof caseEvent>) => {
      const { payload, ...header } = event;
      return { ...header, payloadJson: JSON.stringify(payload) };
    };
    const sentAsText = caseEvent(caseDetail('JC-03-2026-000003', 'JC', '03', { queryCode: 'TEXTCODE7K2M9XD' }));
    const clash = { ...caseEvent(caseDetail('JC-03-2026-000004', 'JC', '03', { queryCode: 'CLASHCODE7K2M9X' })), seq: sentAsText.seq };
    const bad = caseEvent(caseDetail('JC-03-2026-000005', 'JC', '03', { queryCode: 'BADDATECODE7K2M', promisedDate: '2026-02-30' }));
    const reply = await sendBatch(centre, jc, batchOf([asBytes(sentAsText), asBytes(clash), asBytes(bad)]));
    expect(statuses(reply)).toEqual(['applied', 'rejected', 'rejected']);
    for (const table of ['cases', 'received_events', 'rejected_events']) {
      const dump = JSON.stringify(await centre.sql.query(`SELECT * FROM ${table}`));
      expect(dump).not.toContain('QRY7K2M9XD4H');
      expect(dump).not.toContain('REJECTED7K2M9XD');
      expect(dump).not.toContain('TEXTCODE7K2M9XD');
      expect(dump).not.toContain('CLASHCODE7K2M9X');
      expect(dump).not.toContain('BADDATECODE7K2M');
    }
  });

  it('a later event of the same case replaces the snapshot and keeps the query code', async () => {
    const registered = caseDetail('JC-03-2026-000001', 'JC', '03', { state: 'awaiting-materials' });
    const { queryCode: _dropped, ...withoutCode } = caseDetail('JC-03-2026-000001', 'JC', '03', { state: 'accepted' });
    const first = caseEvent(registered);
    const update = deskEvent('case', registered.caseNo, 'case.updated', withoutCode);
    // Sent out of order: the event with the higher seq is the case's state all the same.
    const results = await sendBatch(centre, jc, batchOf([update, first]));
    expect(statuses(results)).toEqual(['applied', 'applied']);
    const rows = await centre.sql.query('SELECT state, query_code, last_event_id::text AS last FROM cases');
    expect(rows).toEqual([{ state: 'accepted', query_code: sha256('QRY7K2M9XD4H'), last: update.eventId }]);
  });

  it("rejects another hall's case while applying the rest of the batch", async () => {
    const own = caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03'));
    const foreignHall = caseEvent(caseDetail('XY-01-2026-000001', 'XY', '01'));
    const foreignNumber = caseEvent(caseDetail('XY-01-2026-000002', 'JC', '03'));
    const user = deskEvent('user', '1', 'user.updated', { id: 1, name: '李窗口' });
    const reply = await sendBatch(centre, jc, batchOf([foreignHall, own, foreignNumber, user]));
    expect(reply.status).toBe(200);
    expect(reply.json.value.results).toEqual([
      { eventId: foreignHall.eventId, status: 'rejected', reason: otherHall },
      { eventId: own.eventId, status: 'applied' },
      { eventId: foreignNumber.eventId, status: 'rejected', reason: notThisDesk },
      { eventId: user.eventId, status: 'applied' },
    ]);
    expect(await centre.sql.query('SELECT case_no FROM cases')).toEqual([{ case_no: 'JC-03-2026-000001' }]);
    expect(await countRows(centre, 'received_events')).toBe(2);
    const rejected = await centre.sql.query('SELECT event_id, hall_code, reason FROM rejected_events ORDER BY entity_id');
    expect(rejected).toEqual([
      { event_id: foreignHall.eventId, hall_code: 'JC', reason: otherHall },
      { event_id: foreignNumber.eventId, hall_code: 'JC', reason: notThisDesk },
    ]);
  });

  it("a JC desk cannot take a JCX case number, whatever window its payload claims; the JCX desk's own case is applied", async () => {
    await createHall(centre, 'JCX');
    const jcx = await enrolNewDesk(centre, 'JCX', '01');
    const squats = ['', '01', '03'].map((deskNo) => caseEvent(caseDetail('JCX-01-2026-000001', 'JC', deskNo, { note: '抢注' })));
    const reply = await sendBatch(centre, jc, batchOf(squats));
    expect(statuses(reply)).toEqual(['rejected', 'rejected', 'rejected']);
    const real = caseEvent(caseDetail('JCX-01-2026-000001', 'JCX', '01'));
    expect(statuses(await sendBatch(centre, jcx, batchOf([real])))).toEqual(['applied']);
    expect(await centre.sql.query(`SELECT hall_code, desk_no, payload->>'note' AS note FROM ${casesWithPayload}`)).toEqual([
      { hall_code: 'JCX', desk_no: '01', note: null },
    ]);
  });

  it("reads case numbers with the formats the desk declared in its settings, not another window's", async () => {
    const format = deskEvent('desk-settings', 'desk', 'settings.updated', {
      idReader: 'none',
      caseNumberFormat: '{year}/{hall}/{desk}/{serial}',
    });
    const slashed = caseEvent(caseDetail('2026/JC/03/000001', 'JC', '03'));
    const otherWindow = caseEvent(caseDetail('JC-04-2026-000001', 'JC', '04'));
    expect(statuses(await sendBatch(centre, jc, batchOf([format, slashed, otherWindow])))).toEqual(['applied', 'applied', 'rejected']);
    const later = caseEvent(caseDetail('2026/JC/03/000002', 'JC', '03'));
    expect(statuses(await sendBatch(centre, jc, batchOf([later])))).toEqual(['applied']);
    expect(await centre.sql.query('SELECT desk_no FROM cases ORDER BY case_no')).toEqual([{ desk_no: '03' }, { desk_no: '03' }]);
  });

  it('rejects a payload nested 5,000 levels deep on its own and applies the good events beside it', async () => {
    const deep = deskEvent('user', '9', 'user.updated', {});
    const text = JSON.stringify(deep).replace('"payload":{}', `"payload":${'['.repeat(5000)}1${']'.repeat(5000)}`);
    const good = [
      caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03')),
      deskEvent('user', '1', 'user.updated', { id: 1, name: '李窗口' }),
    ];
    const raw = `{"batchId":"${randomUUID()}","events":[${JSON.stringify(good[0])},${text},${JSON.stringify(good[1])}]}`;
    const reply = await api(centre, '/v1/batches', { rawBody: raw, auth: jc.auth });
    expect(reply.status).toBe(200);
    expect(statuses(reply)).toEqual(['applied', 'rejected', 'applied']);
    expect(reply.json.value.results[1]).toMatchObject({ eventId: deep.eventId, reason: expect.stringContaining('嵌套层次过深') });
    expect(await countRows(centre, 'rejected_events')).toBe(1);
  });

  it("keys cases by hall: a number another hall also holds is this hall's own case, and the other hall's row is untouched", async () => {
    const xy = await enrolNewDesk(centre, 'XY', '01');
    await sendBatch(centre, xy, batchOf([caseEvent(caseDetail('XY-01-2026-000001', 'XY', '01'))]));
    // A row filed under XY whose number reads as JC's (as if imported from an older system).
    await centre.sql.query("UPDATE cases SET case_no = 'JC-03-2026-000777'");
    const own = caseEvent(caseDetail('JC-03-2026-000777', 'JC', '03', { note: '本大厅' }));
    expect(statuses(await sendBatch(centre, jc, batchOf([own])))).toEqual(['applied']);
    expect(await centre.sql.query('SELECT hall_code, state, last_desk_id::text AS desk FROM cases ORDER BY hall_code')).toEqual([
      { hall_code: 'JC', state: 'accepted', desk: jc.deskId },
      { hall_code: 'XY', state: 'accepted', desk: xy.deskId },
    ]);
  });

  it('rejects malformed events with a Chinese reason each, never blocking the valid ones', async () => {
    const good = caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03'));
    // (A payload whose faults lie beyond the fields the batch acts on is quarantined later: quarantine-suite.ts.)
    const bad = [
      deskEvent(
        'case',
        'JC-03-2026-000002',
        'case.registered',
        caseDetail('JC-03-2026-000002', 'JC', '03', { state: 'lost' as 'accepted' }),
      ),
      deskEvent('case', 'JC-03-2026-000003', 'case.deleted', caseDetail('JC-03-2026-000003', 'JC', '03')),
      deskEvent('invoice', '1', 'invoice.issued', {}),
      { ...deskEvent('user', '2', 'user.created', {}), payload: undefined, payloadJson: '{"name":"\uD800"}' },
      deskEvent('case', 'JC-03-2026-000005', 'case.registered', caseDetail('JC-03-2026-000006', 'JC', '03')),
      deskEvent(
        'case',
        'JC-03-2026-000007',
        'case.registered',
        caseDetail('JC-03-2026-000007', 'JC', '03', { promisedDate: '2026-02-30' }),
      ),
      { ...deskEvent('user', '1', 'user.created', {}), eventId: 'not-a-uuid' },
      { ...deskEvent('user', '1', 'user.created', {}), seq: -1 },
      deskEvent('user', '1', 'user.created', 'just text'),
    ];
    const reply = await sendBatch(centre, jc, batchOf([bad[0], good, ...bad.slice(1)]));
    expect(reply.status).toBe(200);
    const results = reply.json.value.results as { status: string; reason?: string }[];
    expect(results.map((r) => r.status)).toEqual(['rejected', 'applied', ...bad.slice(1).map(() => 'rejected')]);
    const reasons = results.filter((r) => r.status === 'rejected').map((r) => r.reason ?? '');
    expect(reasons[0]).toMatch(/^案件数据不正确：state/);
    expect(reasons[1]).toBe('中心不支持的操作“case.deleted”（数据类型 case）');
    expect(reasons[2]).toBe('中心不支持的数据类型“invoice”');
    expect(reasons[3]).toContain('无法保存的字符');
    expect(reasons[4]).toContain('不一致');
    expect(reasons[5]).toContain('promisedDate');
    expect(reasons[6]).toContain('eventId');
    expect(reasons[7]).toContain('seq');
    expect(reasons[8]).toContain('JSON 对象');
    for (const reason of reasons) expect(reason).toMatch(/[\u4e00-\u9fff]/);
    expect(await countRows(centre, 'cases')).toBe(1);
    expect(await countRows(centre, 'rejected_events')).toBe(bad.length);

    // A rejected event sent again is rejected again (same reason), counted, not listed twice.
    const again = await sendBatch(centre, jc, batchOf([bad[1]]));
    expect(again.json.value.results[0]).toMatchObject({ status: 'rejected', reason: reasons[1] });
    expect(await countRows(centre, 'rejected_events')).toBe(bad.length);
    const attempts = await centre.sql.query('SELECT attempts FROM rejected_events WHERE event_id = $1', [bad[1]?.eventId ?? '']);
    expect(attempts).toEqual([{ attempts: 2 }]);
  });

  it('refuses a malformed envelope as a whole (400) and an oversized one with 413', async () => {
    const noBatchId = await sendBatch(centre, jc, { events: [caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03'))] });
    expect(noBatchId.status).toBe(400);
    expect(noBatchId.json.error).toMatchObject({ code: 'VALIDATION', field: 'batchId' });

    const tooMany = batchOf(Array.from({ length: 501 }, (_, i) => deskEvent('user', String(i), 'user.updated', { id: i })));
    const countReply = await sendBatch(centre, jc, tooMany);
    expect(countReply.status).toBe(413);
    expect(countReply.json.error.message).toContain('批次过大');

    const huge = batchOf([deskEvent('user', '1', 'user.updated', { id: 1, filler: 'x'.repeat(5 * 1024 * 1024) })]);
    const sizeReply = await sendBatch(centre, jc, huge);
    expect(sizeReply.status).toBe(413);
    expect(sizeReply.json.error.message).toContain('5 MB');
    expect(await countRows(centre, 'received_events')).toBe(0);
  });

  it("deduplicates by the desk's own seq: another desk's event id is no duplicate, a second event under one seq is rejected", async () => {
    const xy = await enrolNewDesk(centre, 'XY', '01');
    const event = deskEvent('user', '1', 'user.updated', { id: 1 });
    expect(statuses(await sendBatch(centre, xy, batchOf([event])))).toEqual(['applied']);
    expect(statuses(await sendBatch(centre, jc, batchOf([event])))).toEqual(['applied']);
    const impostor = { ...deskEvent('user', '2', 'user.updated', { id: 2 }), seq: event.seq };
    const resent = await sendBatch(centre, jc, batchOf([event, impostor]));
    expect(resent.json.value.results).toEqual([
      { eventId: event.eventId, status: 'duplicate' },
      { eventId: impostor.eventId, status: 'rejected', reason: seqTakenReason },
    ]);
    const alone = await sendBatch(centre, jc, batchOf([impostor]));
    expect(alone.json.value.results).toEqual([{ eventId: impostor.eventId, status: 'rejected', reason: seqTakenReason }]);
    expect(await countRows(centre, 'received_events')).toBe(2);
  });

  it("keeps each desk's high-water mark and counters: the overview sums them per hall", async () => {
    const events = [5, 9, 7].map((seq, i) =>
      deskEvent('case', `JC-03-2026-00000${i + 1}`, 'case.registered', caseDetail(`JC-03-2026-00000${i + 1}`, 'JC', '03'), seq),
    );
    const bad = deskEvent('invoice', '1', 'invoice.issued', {}, 11);
    await sendBatch(centre, jc, batchOf([...events, bad]));
    await sendBatch(centre, jc, batchOf(events));
    const update = deskEvent('case', 'JC-03-2026-000001', 'case.updated', caseDetail('JC-03-2026-000001', 'JC', '03'), 12);
    await sendBatch(centre, jc, batchOf([update]));
    expect(await centre.sql.query('SELECT high_water_seq, events_received, cases_created, open_rejections FROM desks')).toEqual([
      { high_water_seq: 12, events_received: 4, cases_created: 3, open_rejections: 1 },
    ]);
    const overview = await api(centre, '/v1/admin/overview', { auth: `Bearer ${testAdminToken}` });
    expect(overview.json.value.halls).toEqual([
      expect.objectContaining({ code: 'JC', desks: 1, eventsReceived: 4, cases: 3, openRejections: 1 }),
      expect.objectContaining({ code: 'XY', desks: 0, eventsReceived: 0, cases: 0, openRejections: 0 }),
    ]);
  });

  it('retention prunes only superseded case payloads older than the setting; the current state and the rows stay', async () => {
    const caseNo = 'JC-03-2026-000001';
    const first = caseEvent(caseDetail(caseNo, 'JC', '03', { state: 'awaiting-materials' }));
    const second = caseEvent(caseDetail(caseNo, 'JC', '03'), 'case.updated');
    const user = deskEvent('user', '1', 'user.updated', { id: 1 });
    await sendBatch(centre, jc, batchOf([first, user]));
    await sendBatch(centre, jc, batchOf([second]));
    const recentlySuperseded = caseEvent(caseDetail('JC-03-2026-000002', 'JC', '03', { state: 'awaiting-materials' }));
    await centre.sql.query("UPDATE received_events SET received_at = now() - interval '40 days'");
    await sendBatch(centre, jc, batchOf([recentlySuperseded]));
    await sendBatch(centre, jc, batchOf([caseEvent(caseDetail('JC-03-2026-000002', 'JC', '03'), 'case.updated')]));

    expect(await pruneLedger(centre.sql, 30)).toBe(1);
    const kept = await centre.sql.query<{ seq: number; pruned: boolean }>(
      'SELECT seq, payload IS NULL AS pruned FROM received_events ORDER BY seq',
    );
    expect(kept.filter((r) => r.pruned).map((r) => r.seq)).toEqual([first.seq]);
    expect(kept).toHaveLength(5);
    expect(await pruneLedger(centre.sql, 30)).toBe(0);
    // Still readable as the case's state, and a resent pruned event is still a duplicate.
    expect(statuses(await sendBatch(centre, jc, batchOf([first])))).toEqual(['duplicate']);
    const page = await api(centre, `/v1/public/status?case=${caseNo}&code=QRY7K2M9XD4H`);
    expect(page.json.value.state).toBe('已受理');
  });
}
