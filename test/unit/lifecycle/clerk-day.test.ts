import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChromiumPdfRenderer } from '../../../src/main/services/printing/chromium-pdf-renderer';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { pdfTestsRun, sayWhyPdfTestsSkip, sharedRenderer } from '../printing/print-fixtures';
import {
  advanceDays,
  employerInsuranceItem,
  enterprise,
  foundingItem,
  person,
  register,
  signIn,
  socialCardItem,
  w,
} from './lifecycle-fixtures';

let renderer: ChromiumPdfRenderer | null = null;
let desk: TestDesk;
beforeEach(async () => {
  renderer ??= pdfTestsRun ? sharedRenderer() : null;
  desk = openTestDesk(renderer ? { pdfRenderer: renderer } : {}); // Monday 2026-03-02, 09:30 in the hall
  await setUpDesk(desk, w);
  await signIn(desk, 'C001', '李窗口', 'clerk');
  await signIn(desk, 'S001', '赵科长', 'supervisor');
}, 60_000);
afterEach(() => desk.close());
afterAll(() => renderer?.close());
if (!pdfTestsRun) sayWhyPdfTestsSkip();

const clerk = 'C001';

describe('日结: a clerk’s own day', () => {
  it('counts the day’s cases by decision (voided apart), documents printed and results handed out, and keeps the hand-over note', async () => {
    const accepted = await register(desk, [employerInsuranceItem], { applicant: enterprise, session: clerk });
    await register(desk, [foundingItem], {
      applicant: enterprise,
      session: clerk,
      missing: ['premises-proof'],
      decision: { kind: 'correction-notice' },
    });
    const mistaken = await register(desk, [socialCardItem], { applicant: person, session: clerk });
    await desk.call(
      'cases.void',
      { caseNo: mistaken.caseNo, reason: '重复登记', approver: { staffNo: 'S001', password: 'Passw0rd2026' } },
      clerk,
    );
    await register(desk, [socialCardItem], { applicant: person, session: w }); // someone else's
    await desk.call(
      'lifecycle.recordDecision',
      { caseNo: accepted.caseNo, position: 0, outcome: 'approved', docNo: '江社保〔2026〕3号', decidedOn: '2026-03-02' },
      clerk,
    );
    await desk.call(
      'lifecycle.deliver',
      {
        caseNo: accepted.caseNo,
        method: 'window',
        recipient: '刘芳',
        recipientIdNumber: '440524188001010014',
        recipientKind: 'other',
        proxyReason: '企业联系人代收',
        documents: '社保登记证1份',
        signed: true,
      },
      clerk,
    );
    if (renderer) {
      await desk.call('print.issue', { caseNo: accepted.caseNo, docType: 'acceptance-receipt' }, clerk);
      await desk.call('print.issue', { caseNo: accepted.caseNo, docType: 'acceptance-receipt' }, clerk);
    }
    await desk.call('ledger.saveHandover', { text: '明远公司的场地证明明天上午送来，请接班同事收取。' }, clerk);

    const ledger = await desk.call('ledger.get', {}, clerk);
    expect(ledger).toMatchObject({ day: '2026-03-02', clerk: { staffNo: 'C001', name: '李窗口' }, voided: 1 });
    expect(Object.fromEntries(ledger.byDecision.map((d) => [d.decision, d.count]))).toEqual({
      accept: 1,
      'accept-deferred': 0,
      'correction-notice': 1,
      refuse: 0,
    });
    expect(ledger.cases.map((c) => c.state)).toEqual(['delivered', 'awaiting-materials', 'voided']);
    expect(ledger.handedOut).toEqual([expect.objectContaining({ caseNo: accepted.caseNo, applicantName: enterprise.name })]);
    expect(ledger.note?.text).toBe('明远公司的场地证明明天上午送来，请接班同事收取。');
    if (renderer) expect(ledger.documents).toEqual([{ docType: 'acceptance-receipt', title: '受理回执', originals: 1, reprints: 1 }]);

    // Tomorrow's ledger is empty; the next person at the desk reads the note.
    advanceDays(desk, 1);
    expect((await desk.call('ledger.get', {}, clerk)).cases).toEqual([]);
    expect(await desk.call('ledger.latestHandover', {}, 'S001')).toMatchObject({ staffNo: 'C001', name: '李窗口', day: '2026-03-02' });
    expect(await desk.call('ledger.latestHandover', {}, clerk)).toBeNull();
    // A clerk reads only their own; a supervisor may read theirs.
    expect(await desk.fail('ledger.get', { staffNo: 'S001', day: '2026-03-02' }, clerk)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await desk.call('ledger.get', { staffNo: 'C001', day: '2026-03-02' }, 'S001')).cases).toHaveLength(3);
  }, 120_000);

  it.runIf(pdfTestsRun)(
    'prints the 窗口日结单 through the print pipeline, times in the hall’s zone',
    async () => {
      desk.clock.advanceMinutes(-60); // 08:30 in the hall is 00:30 UTC: still the hall's day
      await register(desk, [socialCardItem], { applicant: person, session: clerk });
      await desk.call('ledger.saveHandover', { text: '打印机缺纸，已报修。' }, clerk);
      const file = await desk.call('ledger.pdf', { day: '2026-03-02' }, clerk);
      const dir = mkdtempSync(join(tmpdir(), 'halldesk-ledger-'));
      writeFileSync(join(dir, 'l.pdf'), Buffer.from(file.pdfBase64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'l.pdf'), '-'], { encoding: 'utf8' });
      for (const expected of ['窗口日结单', '李窗口', '受理登记（共1件）', '08:30', '打印机缺纸，已报修。', '交班人签字'])
        expect(text).toContain(expected);
      const audit = (await desk.call('audit.list', { page: 1, pageSize: 5 }, w)).rows[0];
      expect(audit).toMatchObject({ action: 'print.ledger-printed', entityId: 'C001/2026-03-02' });
    },
    120_000,
  );
});

describe('督办: yellow means a real risk, and 催办 reaches the case’s clerk', () => {
  it('keeps a 1-working-day item normal on the day it is registered, yellow on its due day', async () => {
    const kase = await register(desk, [employerInsuranceItem], { applicant: enterprise, session: clerk });
    const today = await desk.call('supervision.myCases', {}, clerk);
    expect(today.rows.find((r) => r.caseNo === kase.caseNo)).toMatchObject({ remainingWorkingDays: 1, level: 'normal' });
    expect((await desk.call('supervision.board', {}, 'S001')).rows).toEqual([]);
    advanceDays(desk, 1);
    const due = await desk.call('supervision.myCases', {}, clerk);
    expect(due.rows.find((r) => r.caseNo === kase.caseNo)).toMatchObject({ remainingWorkingDays: 0, level: 'yellow' });
  });

  it('notifies the clerk of a 催办 until read, audited; only supervisors urge, only running cases', async () => {
    const kase = await register(desk, [employerInsuranceItem], { applicant: enterprise, session: clerk });
    expect(await desk.fail('supervision.urge', { caseNo: kase.caseNo }, clerk)).toMatchObject({ code: 'FORBIDDEN' });
    const urged = await desk.call('supervision.urge', { caseNo: kase.caseNo, note: '申请人来电催问，今天务必办结' }, 'S001');
    expect(urged.notified).toEqual({ staffNo: 'C001', name: '李窗口' });
    const [notice] = await desk.call('notifications.unread', {}, clerk);
    expect(notice).toMatchObject({ kind: 'urge', caseNo: kase.caseNo, by: { staffNo: 'S001', name: '赵科长' } });
    expect(notice?.message).toBe(
      `赵科长催办案件 ${kase.caseNo}（${enterprise.name}，社会保险登记（单位参保登记））：申请人来电催问，今天务必办结`,
    );
    expect(await desk.call('notifications.unread', {}, 'S001')).toEqual([]);
    expect(await desk.fail('notifications.markRead', { id: notice!.id }, 'S001')).toMatchObject({ code: 'NOT_FOUND' });
    await desk.call('notifications.markRead', { id: notice!.id }, clerk);
    expect(await desk.call('notifications.unread', {}, clerk)).toEqual([]);
    const audit = (await desk.call('audit.list', { page: 1, pageSize: 50 }, w)).rows.find((r) => r.action === 'case.urged');
    expect(audit).toMatchObject({ actorStaffNo: 'S001', entityId: kase.caseNo });
    const refused = await register(desk, [socialCardItem], {
      applicant: person,
      session: clerk,
      decision: { kind: 'refuse', reasonKind: 'outside-powers', reasonText: '不属于本机关职权', referTo: '江川市公安局' },
    });
    expect(await desk.fail('supervision.urge', { caseNo: refused.caseNo }, 'S001')).toMatchObject({ code: 'CONFLICT' });
  });
});
