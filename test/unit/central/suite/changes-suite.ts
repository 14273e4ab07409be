import { readFileSync } from 'node:fs';
import { beforeEach, expect, it } from 'vitest';
import { api, casesWithPayload, batchOf, caseDetail, caseEvent, createHall, enrolNewDesk, sendBatch } from './desk-fixtures';
import type { EnrolledDesk } from './desk-fixtures';
import type { TestCentre } from './test-centre';
import type { TestStore } from './test-stores';
import { useCentreWithDesk } from './centre-with-desk';

export const seedCatalogueText = readFileSync(new URL('../../../../resources/catalogue/seed-catalogue.json', import.meta.url), 'utf8');
export const calendarText = readFileSync(new URL('../../../../resources/calendar/cn-workdays.json', import.meta.url), 'utf8');

interface ChangeRow {
  cursor: number;
  kind: string;
  body: Record<string, unknown>;
}

export function defineChangesTests(store: TestStore): void {
  const setup = useCentreWithDesk(store, ['JC', 'XY']);
  let centre: TestCentre;
  let jc: EnrolledDesk;
  beforeEach(() => ({ centre, jc } = setup));

  const changes = async (desk: EnrolledDesk, query = '') => api(centre, `/v1/changes${query}`, { auth: desk.auth });

  it("returns only publications after the cursor, and only for all halls or the desk's own", async () => {
    const xy = await enrolNewDesk(centre, 'XY', '01');
    await sendBatch(centre, jc, batchOf([caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03'))]));
    await sendBatch(centre, xy, batchOf([caseEvent(caseDetail('XY-01-2026-000001', 'XY', '01'))]));

    const calendar = await centre.admin.publishCalendar(calendarText);
    const forXy = await centre.admin.publishCatalogue(seedCatalogueText, 'XY');
    const forJc = await centre.admin.publishCatalogue(seedCatalogueText, 'JC');
    const xyStatus = await centre.admin.publishCaseStatus({
      caseNo: 'XY-01-2026-000001',
      state: 'in-review',
      department: '江川市市场监督管理局',
      note: '',
    });
    const jcStatus = await centre.admin.publishCaseStatus({
      caseNo: 'JC-03-2026-000001',
      state: 'approved',
      department: '江川市人力资源和社会保障局',
      note: '已制卡',
    });

    const all = await changes(jc, '?since=0');
    expect(all.status).toBe(200);
    const rows = all.json.value.changes as ChangeRow[];
    expect(rows.map((c) => [c.cursor, c.kind])).toEqual([
      [calendar.cursor, 'calendar'],
      [forJc.cursor, 'catalogue'],
      [jcStatus.cursor, 'case-status'],
    ]);
    expect(all.json.value).toMatchObject({ nextCursor: jcStatus.cursor, hasMore: false });
    expect(rows[2]?.body).toMatchObject({
      caseNo: 'JC-03-2026-000001',
      state: 'approved',
      stateLabel: '准予许可',
      note: '已制卡',
      deskNo: '03',
    });
    expect(rows[1]?.body).toMatchObject({ format: 'halldesk-catalogue' });

    const newer = await changes(jc, `?since=${calendar.cursor}`);
    expect((newer.json.value.changes as ChangeRow[]).map((c) => c.cursor)).toEqual([forJc.cursor, jcStatus.cursor]);
    const xyRows = (await changes(xy)).json.value.changes as ChangeRow[];
    expect(xyRows.map((c) => c.cursor)).toEqual([calendar.cursor, forXy.cursor, xyStatus.cursor]);

    const nothing = await changes(jc, `?since=${jcStatus.cursor}`);
    expect(nothing.json.value).toEqual({ changes: [], nextCursor: jcStatus.cursor, hasMore: false });
  });

  it('pages with limit and nextCursor until hasMore is false', async () => {
    const published: number[] = [];
    for (let i = 0; i < 5; i++) published.push((await centre.admin.publishCalendar(calendarText)).cursor);
    const seen: number[] = [];
    let since = 0;
    for (let page = 0; page < 10; page++) {
      const reply = await changes(jc, `?since=${since}&limit=2`);
      seen.push(...(reply.json.value.changes as ChangeRow[]).map((c) => c.cursor));
      since = reply.json.value.nextCursor as number;
      if (!reply.json.value.hasMore) break;
    }
    expect(seen).toEqual(published);
  });

  it('refuses a bad cursor or limit', async () => {
    expect((await changes(jc, '?since=-1')).status).toBe(400);
    expect((await changes(jc, '?limit=0')).status).toBe(400);
    expect((await changes(jc, '?limit=501')).json.error.message).toContain('limit');
  });

  it('refuses a faulty catalogue whole, with line numbers, and a changed item under a published version', async () => {
    await expect(centre.admin.publishCatalogue('{ "format": "halldesk-catalogue", }', null)).rejects.toThrow(/第 1 行/);
    await centre.admin.publishCatalogue(seedCatalogueText, null);
    // Republishing the same versions unchanged is fine: versions are immutable, not unique per publication.
    await centre.admin.publishCatalogue(seedCatalogueText, 'JC');
    const changed = JSON.parse(seedCatalogueText) as { items: { name: string; version: number }[] };
    const first = changed.items[0];
    if (first === undefined) throw new Error('seed catalogue is empty');
    first.name = `${first.name}（修订）`;
    await expect(centre.admin.publishCatalogue(JSON.stringify(changed), null)).rejects.toThrow(/已发布过且内容不同/);
    first.version += 1;
    await expect(centre.admin.publishCatalogue(JSON.stringify(changed), null)).resolves.toMatchObject({ hallCode: null });
  });

  it('refuses a faulty calendar, and a status update for a case the centre does not have', async () => {
    await expect(centre.admin.publishCalendar('{"format":"halldesk-calendar","version":1,"source":"x","years":{}}')).rejects.toThrow(
      /工作日历文件有误/,
    );
    await expect(centre.admin.publishCalendar('not json')).rejects.toThrow(/不是有效的 JSON/);
    await expect(
      centre.admin.publishCaseStatus({ caseNo: 'JC-03-2026-999999', state: 'completed', department: '某局', note: '' }),
    ).rejects.toThrow(/没有受理编号为 JC-03-2026-999999 的案件/);
  });

  it("a department's status and a desk's intake edit never overwrite each other", async () => {
    const caseNo = 'JC-03-2026-000001';
    await sendBatch(centre, jc, batchOf([caseEvent(caseDetail(caseNo, 'JC', '03', { state: 'awaiting-materials' }))]));
    await centre.admin.publishCaseStatus({ caseNo, state: 'in-review', department: '江川市人力资源和社会保障局', note: '' });
    // The desk's later intake edit (materials supplied) arrives after the department's update.
    const edit = caseDetail(caseNo, 'JC', '03', { state: 'accepted', note: '补正材料已收齐' });
    await sendBatch(centre, jc, batchOf([caseEvent(edit, 'case.updated')]));
    const rows = await centre.sql.query(`SELECT state, payload->>'note' AS note, department_state, department FROM ${casesWithPayload}`);
    expect(rows).toEqual([
      { state: 'accepted', note: '补正材料已收齐', department_state: 'in-review', department: '江川市人力资源和社会保障局' },
    ]);
    // And a later status update leaves the intake fields as the desk sent them.
    await centre.admin.publishCaseStatus({ caseNo, state: 'completed', department: '江川市人力资源和社会保障局', note: '' });
    const after = await centre.sql.query(`SELECT state, payload->>'note' AS note, department_state FROM ${casesWithPayload}`);
    expect(after).toEqual([{ state: 'accepted', note: '补正材料已收齐', department_state: 'completed' }]);
  });

  it('a new or replacement desk starts from a snapshot of its own hall, paged, then follows the feed from its head', async () => {
    const jc05 = await enrolNewDesk(centre, 'JC', '05');
    const xy = await enrolNewDesk(centre, 'XY', '01');
    const mine = caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03'));
    await sendBatch(centre, jc, batchOf([mine]));
    await sendBatch(centre, jc05, batchOf([caseEvent(caseDetail('JC-05-2026-000001', 'JC', '05', { queryCode: undefined }))]));
    await sendBatch(centre, xy, batchOf([caseEvent(caseDetail('XY-01-2026-000001', 'XY', '01'))]));
    await centre.admin.publishCalendar(calendarText);
    const status = await centre.admin.publishCaseStatus({ caseNo: 'JC-05-2026-000001', state: 'in-review', department: '某局', note: '' });

    const replacement = await enrolNewDesk(centre, 'JC', '03');
    const first = await api(centre, '/v1/snapshot?limit=1', { auth: replacement.auth });
    expect(first.status).toBe(200);
    expect(first.json.value).toMatchObject({
      feedCursor: status.cursor,
      highWaterSeq: mine.seq,
      hasMore: true,
      nextAfter: 'JC-03-2026-000001',
    });
    const page1 = first.json.value.cases as { caseNo: string; payloadJson: string }[];
    expect(page1.map((c) => c.caseNo)).toEqual(['JC-03-2026-000001']);
    expect(JSON.parse(page1[0]?.payloadJson ?? '')).toMatchObject({ caseNo: 'JC-03-2026-000001', queryCode: null });
    const second = await api(centre, `/v1/snapshot?limit=1&after=${first.json.value.nextAfter}`, { auth: replacement.auth });
    expect(second.json.value).toMatchObject({
      hasMore: false,
      cases: [{ caseNo: 'JC-05-2026-000001', deskNo: '05', departmentState: 'in-review', department: '某局' }],
    });
    const fresh = await enrolNewDesk(centre, 'JC', '07');
    expect((await api(centre, '/v1/snapshot', { auth: fresh.auth })).json.value).toMatchObject({ highWaterSeq: 0, hasMore: false });
    const after = await changes(fresh, `?since=${first.json.value.feedCursor}`);
    expect(after.json.value.changes).toEqual([]);
    expect((await api(centre, '/v1/snapshot?limit=0', { auth: fresh.auth })).status).toBe(400);
    expect((await api(centre, '/v1/snapshot')).status).toBe(401);
  });

  it("a hall created later starts its own feed with every publication made for all halls, and other halls' cursors are their own", async () => {
    await centre.admin.publishCalendar(calendarText);
    await centre.admin.publishCatalogue(seedCatalogueText, 'JC');
    await createHall(centre, 'NEW');
    const late = await enrolNewDesk(centre, 'NEW', '01');
    const rows = (await changes(late)).json.value.changes as ChangeRow[];
    expect(rows.map((c) => [c.cursor, c.kind])).toEqual([[1, 'calendar']]);
    const jcRows = (await changes(jc)).json.value.changes as ChangeRow[];
    expect(jcRows.map((c) => [c.cursor, c.kind])).toEqual([
      [1, 'calendar'],
      [2, 'catalogue'],
    ]);
  });
}
