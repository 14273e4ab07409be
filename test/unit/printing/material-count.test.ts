import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentHtml } from '../../../src/main/services/printing/render-html';
import { receivedTotals } from '../../../src/shared/print/material-count';
import type { PdfRenderer } from '../../../src/main/services/printing/pdf-renderer';
import { enterprise, foodItem, foundingItem, person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import type { TestDesk } from '../../helpers/test-backend';
import { readyDesk } from './print-fixtures';

const noBrowser: PdfRenderer = {
  kind: 'chromium',
  render: () => Promise.resolve(Buffer.from('%PDF-1.4\n%%EOF')),
  close: () => Promise.resolve(),
};

/** The text of a document's HTML without tags and whitespace. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');

describe('counting received materials', () => {
  it('never counts a line marked 不适用, whatever counts it carries, nor a 容缺 line not brought', () => {
    const totals = receivedTotals([
      { status: 'received', receivedOriginals: 1, receivedCopies: 1, receivedElectronic: false },
      { status: 'not-applicable', receivedOriginals: 1, receivedCopies: 1, receivedElectronic: true },
      { status: 'deferred', receivedOriginals: 0, receivedCopies: 0, receivedElectronic: false },
      { status: 'missing', receivedOriginals: 0, receivedCopies: 1, receivedElectronic: false },
    ]);
    expect(totals).toEqual({ lines: 2, originals: 1, copies: 2, electronic: 0 });
  });
});

describe('the receipt as the back end keeps it', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await readyDesk(noBrowser);
  });
  afterEach(() => desk.close());

  it('stores a 不适用 line with 0 originals and 0 copies even when counts came with it', async () => {
    const { materials } = await receiptsFor(desk, [socialCardItem], 'test');
    // The form sent counts for the conditional lines it marked as not applying.
    expect(materials.some((m) => !m.applicable && m.originals > 0)).toBe(true);
    const detail = await desk.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
    );
    const notApplicable = detail.materials.filter((m) => m.status === 'not-applicable');
    expect(notApplicable.length).toBeGreaterThan(0);
    for (const m of notApplicable) expect([m.receivedOriginals, m.receivedCopies, m.receivedElectronic]).toEqual([0, 0, false]);
  });

  it('gives the same count on the 收件凭证, the 受理回执 and the 受理通知书', async () => {
    const { materials } = await receiptsFor(desk, [foundingItem, foodItem], 'test', { missing: ['premises-proof'] });
    const detail = await desk.call(
      'cases.register',
      registration({
        itemCodes: [foundingItem, foodItem],
        applicant: enterprise,
        materials,
        decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-03' }] },
      }),
    );
    const caseNo = detail.caseNo;
    // Handed over, on paper or electronically; the 容缺 line was not.
    const received = detail.materials.filter(
      (m) => m.status !== 'not-applicable' && (m.receivedOriginals + m.receivedCopies > 0 || m.receivedElectronic),
    ).length;
    expect(received).toBe(detail.materials.filter((m) => m.status === 'received').length);
    const text = async (docType: 'material-receipt' | 'acceptance-receipt' | 'acceptance-notice') =>
      textOf(documentHtml(await desk.call('print.preview', { caseNo, docType })));
    expect(await text('material-receipt')).toContain(`合计${received}件`);
    expect(await text('acceptance-receipt')).toContain(`收取材料${received}件`);
    const notice = await text('acceptance-notice');
    expect(notice).toContain(`三、已收取的申请材料`);
    expect(notice).not.toContain('住所（经营场所）使用证明');
  });
});
