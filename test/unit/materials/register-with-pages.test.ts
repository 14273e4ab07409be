import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { sampleJpeg, samplePdf, toBase64 } from '../../helpers/material-files';

let desk: TestDesk;
const w = 'window';
beforeEach(async () => {
  desk = openTestDesk();
  await setUpDesk(desk, w);
});
afterEach(() => desk.close());

describe('registering a case whose lines have pages', () => {
  it('moves the form’s pages onto the case; a line with pages counts as electronic only where the item takes it so', async () => {
    const requestId = randomUUID();
    const target = { draftId: requestId };
    const jpeg = toBase64(await sampleJpeg(800, 1100));
    // 申请表 accepts electronic; the ID card (applicant-id) is paper only.
    await desk.call(
      'materials.addPages',
      {
        target,
        materialKey: 'application-form-social-security-card',
        source: 'camera',
        files: [
          { name: '1.jpg', base64: jpeg },
          { name: '2.jpg', base64: jpeg, rotate: 90 },
        ],
      },
      w,
    );
    await desk.call(
      'materials.addPages',
      { target, materialKey: 'applicant-id', source: 'file', files: [{ name: 'id.pdf', base64: toBase64(samplePdf(1)) }] },
      w,
    );
    const { materials } = await receiptsFor(desk, [socialCardItem], w, { missing: ['application-form-social-security-card'] });
    const detail = await desk.call(
      'cases.register',
      registration({ requestId, itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      w,
    );
    const form = detail.materials.find((m) => m.key === 'application-form-social-security-card')!;
    expect(form).toMatchObject({ status: 'received', receivedElectronic: true, receivedOriginals: 0 });
    expect(form.pages.map((p) => [p.order, p.mime, p.source])).toEqual([
      [0, 'image/jpeg', 'camera'],
      [1, 'image/jpeg', 'camera'],
    ]);
    const id = detail.materials.find((m) => m.key === 'applicant-id')!;
    expect(id).toMatchObject({ receivedElectronic: false, receivedOriginals: 1, receivedCopies: 1 });
    expect(id.pages).toHaveLength(1);
    expect(await desk.call('materials.list', { target }, w)).toEqual([]);
    expect(await desk.call('materials.list', { target: { caseNo: detail.caseNo } }, w)).toHaveLength(3);
  });
});
