import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open-database';
import { CalendarService } from '../../../src/main/services/calendar/calendar-service';
import { CatalogueService } from '../../../src/main/services/catalogue/catalogue-service';
import { documentHtml } from '../../../src/main/services/printing/render-html';
import { applyChanges } from '../../../src/main/sync/apply-changes';
import type { CalendarData } from '../../../src/shared/calendar/calendar-schema';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { MovableClock, openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

/** 居住证申领: 10 working days, a person's item with no special steps. */
const residencePermitItem = '32050000GA-GG-0001';
const w = 'window';

let desk: TestDesk;
afterEach(() => desk.close());

async function openDeskOn(instant: string) {
  desk = openTestDesk({ clock: new MovableClock(new Date(instant)) });
  await setUpDesk(desk, w);
}

async function registerPerson(itemCode: string) {
  const { plan, materials } = await receiptsFor(desk, [itemCode], w);
  const detail = await desk.call(
    'cases.register',
    registration({ itemCodes: [itemCode], applicant: person, materials, decision: { kind: 'accept' } }),
    w,
  );
  return { plan, detail };
}

function calendarFile(year: string, holidays: Record<string, string>, workdays: Record<string, string> = {}): CalendarData {
  return {
    format: 'halldesk-calendar',
    version: 1,
    source: `国务院办公厅关于${year}年部分节假日安排的通知`,
    years: { [year]: { holidays, workdays } },
  };
}

function caseEvents(caseNo: string) {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  const rows = db.prepare("SELECT op, payload FROM outbox WHERE entity = 'case' AND entity_id = ? ORDER BY seq").all(caseNo) as {
    op: string;
    payload: string;
  }[];
  const audit = db.prepare("SELECT action, detail FROM audit_log WHERE action = 'calendar.imported'").all() as {
    action: string;
    detail: string;
  }[];
  db.close();
  return {
    outbox: rows.map((r) => ({ op: r.op, payload: JSON.parse(r.payload) as { promisedDate: string; promisedDateProvisional: boolean } })),
    audit,
  };
}

describe('registering in late December with no 2027 calendar', () => {
  it('accepts the case with a 暂定 promised date instead of refusing it', async () => {
    await openDeskOn('2026-12-28T01:30:00Z'); // Monday 09:30 in the hall
    const { plan, detail } = await registerPerson(residencePermitItem);
    expect(plan).toMatchObject({ promisedDateIfAcceptedToday: '2027-01-11', promisedDateProvisional: true });
    expect(plan.calendarWarning).toContain('2027年节假日安排尚未导入');
    expect(detail).toMatchObject({ state: 'accepted', promisedDate: '2027-01-11', promisedDateProvisional: true });
    const summary = await desk.call('cases.search', { query: detail.caseNo }, w);
    expect(summary.rows[0]).toMatchObject({ promisedDate: '2027-01-11', promisedDateProvisional: true });
    const lifecycle = await desk.call('lifecycle.get', { caseNo: detail.caseNo }, w);
    expect(lifecycle.clock).toMatchObject({ dueDate: '2027-01-11', provisional: true });
    expect(caseEvents(detail.caseNo).outbox[0]!.payload.promisedDateProvisional).toBe(true);
  });

  it('prints （暂定） beside the promised date on the acceptance papers', async () => {
    await openDeskOn('2026-12-28T01:30:00Z');
    const { detail } = await registerPerson(residencePermitItem);
    for (const docType of ['acceptance-notice', 'acceptance-receipt'] as const) {
      const data = await desk.call('print.preview', { caseNo: detail.caseNo, docType }, w);
      expect(data.case).toMatchObject({ promisedDate: '2027年1月11日', promisedDateProvisional: true });
      expect(documentHtml(data)).toContain('2027年1月11日（暂定）');
    }
  });

  it('keeps a 1-day case within 2026 firm', async () => {
    await openDeskOn('2026-12-28T01:30:00Z');
    const { detail } = await registerPerson(socialCardItem);
    expect(detail).toMatchObject({ promisedDate: '2026-12-29', promisedDateProvisional: false });
  });
});

describe('importing the 2027 arrangement afterwards', () => {
  it('clears the 暂定 flag and never moves the promised date later, in one synced change', async () => {
    await openDeskOn('2026-12-28T01:30:00Z');
    const { detail } = await registerPerson(residencePermitItem);
    // 元旦 on Friday 2027-01-01 makes the lawful date 2027-01-12, a day after the printed one.
    const result = await desk.call('calendar.import', calendarFile('2027', { '2027-01-01': '元旦' }), w);
    expect(result).toMatchObject({ years: [2027], shadowedByCentre: [], recomputedCases: [detail.caseNo] });
    expect(result.coveredYears).toContain(2027);
    const after = await desk.call('cases.get', { caseNo: detail.caseNo }, w);
    expect(after).toMatchObject({ promisedDate: '2027-01-11', promisedDateProvisional: false });
    const lifecycle = await desk.call('lifecycle.get', { caseNo: detail.caseNo }, w);
    expect(lifecycle.clock).toMatchObject({ dueDate: '2027-01-11', provisional: false, problem: null });
    const { outbox, audit } = caseEvents(detail.caseNo);
    expect(outbox.at(-1)).toMatchObject({ op: 'case.updated', payload: { promisedDate: '2027-01-11', promisedDateProvisional: false } });
    expect(audit).toHaveLength(1);
    const status = await desk.call('calendar.status', {}, w);
    expect(status.years.find((y) => y.year === 2027)).toMatchObject({ origin: 'desk', holidays: { '2027-01-01': '元旦' } });
  });

  it("does the same when the centre's published year arrives through sync", async () => {
    await openDeskOn('2026-12-28T01:30:00Z');
    const { detail } = await registerPerson(residencePermitItem);
    const db = openDatabase(join(desk.dataDir, 'halldesk.sqlite3'));
    const body = calendarFile('2027', { '2027-01-01': '元旦' });
    applyChanges(
      db,
      { catalogue: new CatalogueService(db), calendar: new CalendarService(db) },
      { changes: [{ cursor: 1, kind: 'calendar', body, publishedAt: '2026-12-28T02:00:00.000Z' }], nextCursor: 1, hasMore: false },
      '2026-12-28T02:00:00.000Z',
    );
    db.close();
    expect(await desk.call('cases.get', { caseNo: detail.caseNo }, w)).toMatchObject({
      promisedDate: '2027-01-11',
      promisedDateProvisional: false,
    });
    expect(caseEvents(detail.caseNo).outbox.at(-1)?.payload.promisedDateProvisional).toBe(false);
  });

  it('moves a promise earlier when the lawful date is earlier (a 调休 Saturday)', async () => {
    await openDeskOn('2027-02-05T01:30:00Z'); // Friday, still without 2027 data
    const { detail } = await registerPerson(socialCardItem);
    expect(detail).toMatchObject({ promisedDate: '2027-02-08', promisedDateProvisional: true });
    await desk.call('calendar.import', calendarFile('2027', { '2027-02-08': '春节' }, { '2027-02-06': '春节调休' }), w);
    expect(await desk.call('cases.get', { caseNo: detail.caseNo }, w)).toMatchObject({
      promisedDate: '2027-02-06',
      promisedDateProvisional: false,
    });
  });

  it('refuses a bad file whole, with a Chinese message, and stores nothing', async () => {
    await openDeskOn('2026-12-28T01:30:00Z');
    const bad = calendarFile('2027', { '2027-01-01': '元旦', '2027-02-30': '春节' });
    const error = await desk.fail('calendar.import', bad, w);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('2027-02-30');
    expect((await desk.fail('calendar.import', { format: 'other' }, w)).message).toMatch(/HallDesk 工作日历文件/);
    const status = await desk.call('calendar.status', {}, w);
    expect(status.years.map((y) => y.year)).not.toContain(2027);
  });

  it('is for administrators only', async () => {
    await openDeskOn('2026-12-28T01:30:00Z');
    await desk.call('users.create', { staffNo: 'C001', name: '李窗口', role: 'clerk', password: 'Passw0rd2026' }, w);
    await desk.call('auth.login', { staffNo: 'C001', password: 'Passw0rd2026' }, 'clerk');
    const error = await desk.fail('calendar.import', calendarFile('2027', { '2027-01-01': '元旦' }), 'clerk');
    expect(error.code).toBe('FORBIDDEN');
    expect((await desk.call('calendar.status', {}, 'clerk')).today).toBe('2026-12-28');
  });
});
