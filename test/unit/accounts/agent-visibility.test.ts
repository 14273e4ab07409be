import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../../src/main/services/printing/pdf-renderer';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { foundingItem, mandate, register, signIn, w } from '../lifecycle/lifecycle-fixtures';

const fakePdf: PdfRenderer = {
  kind: 'chromium',
  render: () => Promise.resolve(Buffer.from('%PDF-1.4 /Type /Page')),
  close: () => Promise.resolve(),
};
const notYours = { code: 'FORBIDDEN', message: '该案件未指派给您，不能办理' };

let desk: TestDesk;
let theirs: string;
let other: string;
beforeEach(async () => {
  desk = openTestDesk({ pdfRenderer: fakePdf });
  await setUpDesk(desk, w);
  const agent = await signIn(desk, 'D001', '钱代办', 'agent');
  theirs = (await register(desk, [foundingItem])).caseNo;
  other = (await register(desk, [foundingItem])).caseNo;
  await desk.call('agents.assign', { caseNo: theirs, agentId: agent.id, mandate }, w);
}, 60_000);
afterEach(() => desk.close());

describe('a proxy agent sees only the cases assigned to them', () => {
  it('in search', async () => {
    const all = { query: '', todayOnly: false, page: 1, pageSize: 20 };
    expect((await desk.call('cases.search', all, w)).total).toBe(2);
    const found = await desk.call('cases.search', all, 'D001');
    expect(found.rows.map((r) => r.caseNo)).toEqual([theirs]);
    expect(found.total).toBe(1);
    expect((await desk.call('cases.search', { ...all, query: other.slice(-6) }, 'D001')).total).toBe(0);
  });

  it('on the case page and its progress', async () => {
    expect((await desk.call('cases.get', { caseNo: theirs }, 'D001')).caseNo).toBe(theirs);
    expect(await desk.fail('cases.get', { caseNo: other }, 'D001')).toEqual(notYours);
    expect(await desk.fail('lifecycle.get', { caseNo: other }, 'D001')).toEqual(notYours);
  });

  it('in printing: preview, issue, the list of printed documents and the PDF', async () => {
    const doc = { docType: 'acceptance-receipt' } as const;
    const printed = await desk.call('print.issue', { caseNo: other, ...doc }, w);
    expect(await desk.fail('print.preview', { caseNo: other, ...doc }, 'D001')).toEqual(notYours);
    expect(await desk.fail('print.issue', { caseNo: other, ...doc }, 'D001')).toEqual(notYours);
    expect(await desk.fail('print.documents', { caseNo: other }, 'D001')).toEqual(notYours);
    expect(await desk.fail('print.pdf', { documentId: printed.documentId }, 'D001')).toEqual(notYours);
    expect(await desk.fail('print.send', { documentId: printed.documentId }, 'D001')).toEqual(notYours);
    expect((await desk.call('print.preview', { caseNo: theirs, ...doc }, 'D001')).title).toBe('受理回执');
  });

  it('in rating invitations', async () => {
    expect(await desk.fail('ratings.invite', { caseNo: other, stage: 'acceptance' }, 'D001')).toEqual(notYours);
    expect(await desk.fail('ratings.forCase', { caseNo: other }, 'D001')).toEqual(notYours);
    const invited = await desk.call('ratings.invite', { caseNo: other, stage: 'acceptance' }, w);
    expect(await desk.fail('ratings.cancelInvitation', { invitationId: invited.id }, 'D001')).toEqual(notYours);
    expect((await desk.call('ratings.invite', { caseNo: theirs, stage: 'acceptance' }, 'D001')).caseNo).toBe(theirs);
  });
});
