import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentHtml } from '../../../src/main/services/printing/render-html';
import type { PdfRenderer } from '../../../src/main/services/printing/pdf-renderer';
import type { TestDesk } from '../../helpers/test-backend';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { samplePdf, toBase64 } from '../../helpers/material-files';
import { readyDesk } from '../printing/print-fixtures';

const noBrowser: PdfRenderer = { kind: 'chromium', render: () => Promise.resolve(Buffer.from('%PDF-1.4')), close: () => Promise.resolve() };

let desk: TestDesk;
beforeEach(async () => {
  desk = await readyDesk(noBrowser);
});
afterEach(() => desk.close());

describe('the 材料目录 on the 收件凭证', () => {
  it('lists each material with pages, its page count (a PDF counts its sheets) and the page hashes', async () => {
    const requestId = randomUUID();
    const [page] = await desk.call('materials.addPages', {
      target: { draftId: requestId },
      materialKey: 'application-form-social-security-card',
      source: 'file',
      files: [{ name: 'form.pdf', base64: toBase64(samplePdf(3)) }],
    });
    const { materials } = await receiptsFor(desk, [socialCardItem], 'test');
    const kase = await desk.call(
      'cases.register',
      registration({ requestId, itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
    );
    const data = await desk.call('print.preview', { caseNo: kase.caseNo, docType: 'material-receipt' });
    const html = documentHtml(data);
    expect(html).toContain('电子材料目录');
    expect(html).toMatch(new RegExp(`社会保障卡申领登记表</td><td class="pd-num">3</td><td class="pd-hash"><div>${page!.sha256}</div>`));
    const roll = documentHtml({ ...data, paper: 'roll80' });
    expect(roll).not.toContain('电子材料目录');
  });
});
