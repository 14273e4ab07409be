import { expect } from 'vitest';
import { batchOf, caseDetail, caseEvent, sendBatch, type EnrolledDesk } from './desk-fixtures';
import type { TestCentre } from './test-centre';

/** A page file as a case refers to it. */
export interface ReferredPage {
  sha256: string;
  size: number;
}

/**
 * The desk registers a case of its hall whose received ID card has these pages, so the centre
 * takes their uploads (it creates one only for a page a case of the desk's hall refers to).
 */
export async function sendCaseWithPages(
  centre: TestCentre,
  desk: EnrolledDesk,
  caseNo: string,
  pages: readonly ReferredPage[],
): Promise<void> {
  const [hallCode = '', deskNo = ''] = caseNo.split('-');
  const detail = caseDetail(caseNo, hallCode, deskNo, {
    materials: [
      {
        key: 'applicant-id',
        name: '身份证',
        necessity: 'required',
        condition: null,
        originals: 1,
        copies: 1,
        media: ['paper', 'electronic'],
        formatNotes: '',
        issuer: null,
        forItems: [],
        applicable: true,
        receivedOriginals: 1,
        receivedCopies: 1,
        receivedElectronic: true,
        status: 'received',
        supplyDeadline: null,
        pages: pages.map((p, order) => ({ pageId: `p${order + 1}`, order, mime: 'image/jpeg', ...p, sheets: 1, source: 'camera' })),
      },
    ],
  } as never);
  expect((await sendBatch(centre, desk, batchOf([caseEvent(detail)]))).status).toBe(200);
}
