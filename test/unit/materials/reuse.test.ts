import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reuseSheetName } from '../../../src/main/services/reports/report-workbook';
import { isReusable, reuseValidUntil } from '../../../src/shared/materials/reuse-validity';
import { reuseFigure } from '../../../src/shared/reports/figure-columns';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { samplePdf, toBase64 } from '../../helpers/material-files';

const individualBusinessItem = '32050000SJ-XK-0004'; // 个体工商户设立登记: applicant-id, reusable 12 months
const w = 'window';
let desk: TestDesk;
beforeEach(async () => {
  desk = openTestDesk(); // 2026-03-02
  await setUpDesk(desk, w);
});
afterEach(() => desk.close());

/** A case of 张三 whose ID copy (applicant-id) was scanned: the copy on file. */
async function caseWithIdCopy() {
  const requestId = randomUUID();
  const [page] = await desk.call(
    'materials.addPages',
    {
      target: { draftId: requestId },
      materialKey: 'applicant-id',
      source: 'file',
      files: [{ name: 'id.pdf', base64: toBase64(samplePdf(2)) }],
    },
    w,
  );
  const { materials } = await receiptsFor(desk, [socialCardItem], w);
  const kase = await desk.call(
    'cases.register',
    registration({ requestId, itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
    w,
  );
  return { page: page!, caseNo: kase.caseNo };
}

describe('reuse validity', () => {
  it('runs whole months from the day received, clamped to the month’s end', () => {
    expect(reuseValidUntil('2026-03-02', 12)).toBe('2027-03-02');
    expect(reuseValidUntil('2026-01-31', 1)).toBe('2026-02-28');
    expect(isReusable('2026-03-02', 12, '2027-03-01')).toBe(true);
    expect(isReusable('2026-03-02', 12, '2027-03-02')).toBe(false);
  });
});

describe('三减: a returning applicant’s copies on file', () => {
  it('offers the ID copy on the same line of another item, and the reused line is marked 复用 and counted', async () => {
    const { page, caseNo } = await caseWithIdCopy();
    const offers = await desk.call('materials.reuseOffers', { itemCodes: [individualBusinessItem], idNumber: person.idNumber }, w);
    expect(offers).toEqual([
      expect.objectContaining({
        materialKey: 'applicant-id',
        fromKey: 'applicant-id',
        fromCaseNo: caseNo,
        receivedOn: '2026-03-02',
        validUntil: '2027-03-02',
      }),
    ]);
    expect(offers[0]!.pages.map((p) => p.sha256)).toEqual([page.sha256]);
    expect(await desk.call('materials.reuseOffers', { itemCodes: [individualBusinessItem], idNumber: '440524188001010014' }, w)).toEqual(
      [],
    );

    const requestId = randomUUID();
    const reused = await desk.call(
      'materials.reuse',
      { draftId: requestId, materialKey: 'applicant-id', itemCodes: [individualBusinessItem], idNumber: person.idNumber },
      w,
    );
    expect(reused).toMatchObject([{ source: 'reuse', reusedFrom: page.pageId, sha256: page.sha256, sheets: 2 }]);
    const again = await desk.fail(
      'materials.reuse',
      { draftId: requestId, materialKey: 'applicant-id', itemCodes: [individualBusinessItem], idNumber: person.idNumber },
      w,
    );
    expect(again.code).toBe('CONFLICT');
    expect(await desk.call('materials.reuseFigures', { from: '2026-03-01', to: '2026-03-31' }, w)).toEqual({ lines: 0, cases: 0 });
    const { materials } = await receiptsFor(desk, [individualBusinessItem], w);
    const second = await desk.call(
      'cases.register',
      registration({ requestId, itemCodes: [individualBusinessItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
    expect(second.materials.find((m) => m.key === 'applicant-id')!.pages).toMatchObject([{ source: 'reuse', sha256: page.sha256 }]);
    expect(await desk.call('materials.reuseFigures', { from: '2026-03-01', to: '2026-03-31' }, w)).toEqual({ lines: 1, cases: 1 });
  });

  it('offers a copy under a declared equivalent key (法定代表人身份证明 = 申请人身份证件)', async () => {
    await caseWithIdCopy();
    const offers = await desk.call('materials.reuseOffers', { itemCodes: ['32050000SJ-XK-0001'], idNumber: person.idNumber }, w);
    expect(offers.map((o) => [o.materialKey, o.fromKey])).toEqual([['legal-rep-id', 'applicant-id']]);
  });

  it('never offers an expired copy, and refuses to reuse one', async () => {
    await caseWithIdCopy();
    desk.clock.advanceMinutes(365 * 24 * 60); // 2027-03-02: twelve months on
    expect(await desk.call('materials.reuseOffers', { itemCodes: [individualBusinessItem], idNumber: person.idNumber }, w)).toEqual([]);
    const refused = await desk.fail(
      'materials.reuse',
      { draftId: randomUUID(), materialKey: 'applicant-id', itemCodes: [individualBusinessItem], idNumber: person.idNumber },
      w,
    );
    expect(refused).toMatchObject({ code: 'NOT_FOUND', message: '该材料没有可复用的在档电子件（或已过有效期）' });
  });
});

/** The returning applicant's second case, its ID line reused from the copy on file. */
async function caseReusingIdCopy(): Promise<string> {
  const requestId = randomUUID();
  const reuse = { materialKey: 'applicant-id', itemCodes: [individualBusinessItem], idNumber: person.idNumber };
  await desk.call('materials.reuse', { draftId: requestId, ...reuse }, w);
  const { materials } = await receiptsFor(desk, [individualBusinessItem], w);
  const kase = await desk.call(
    'cases.register',
    registration({ requestId, itemCodes: [individualBusinessItem], applicant: person, materials, decision: { kind: 'accept' } }),
    w,
  );
  return kase.caseNo;
}

describe('the 三减 figure on the 统计报表', () => {
  it('counts the reused lines of the period on screen and in the Excel export', async () => {
    await caseWithIdCopy();
    const report = { period: 'month', date: '2026-03-02', groupBy: 'clerk' } as const;
    expect((await desk.call('reports.figures', report, w)).reuse).toEqual({ lines: 0, cases: 0 });
    await caseReusingIdCopy();
    expect((await desk.call('reports.figures', report, w)).reuse).toEqual({ lines: 1, cases: 1 });
    expect((await desk.call('reports.figures', { ...report, date: '2026-04-01' }, w)).reuse).toEqual({ lines: 0, cases: 0 });

    const exported = await desk.call('reports.exportXlsx', report, w);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.xlsxBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(reuseSheetName)!;
    expect([2, 3].map((row) => sheet.getRow(row).values)).toEqual([
      [undefined, reuseFigure.linesLabel, 1],
      [undefined, reuseFigure.casesLabel, 1],
    ]);
  });
});
