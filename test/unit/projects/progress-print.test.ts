import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChromiumPdfRenderer } from '../../../src/main/services/printing/chromium-pdf-renderer';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { signIn, w } from '../lifecycle/lifecycle-fixtures';
import { pdfTestsRun, sayWhyPdfTestsSkip, sharedRenderer } from '../printing/print-fixtures';
import { landPlanning, landPreview, openProject, registerFor } from './project-fixtures';

let desk: TestDesk;
let renderer: ChromiumPdfRenderer | null = null;

beforeEach(async () => {
  renderer ??= pdfTestsRun ? sharedRenderer() : null;
  desk = openTestDesk(renderer ? { pdfRenderer: renderer } : {}); // Monday 2026-03-02, 09:30 in the hall
  await setUpDesk(desk, w);
});
afterEach(() => desk.close());
afterAll(() => renderer?.close());
if (!pdfTestsRun) sayWhyPdfTestsSkip();

describe('代办进度单', () => {
  it.runIf(pdfTestsRun)(
    'prints the chain, the next steps, what is missing and the days, and audits the print',
    async () => {
      const agent = await signIn(desk, 'D001', '赵代办', 'agent');
      const projectNo = await openProject(desk, 'industrial', agent.id);
      const kase = await registerFor(desk, projectNo, [landPreview, landPlanning], {
        missing: ['land-grant-contract'],
        decision: { kind: 'correction-notice' },
      });
      const file = await desk.call('projects.progressPdf', { projectNo }, 'D001');
      const dir = mkdtempSync(join(tmpdir(), 'halldesk-progress-'));
      writeFileSync(join(dir, 'p.pdf'), Buffer.from(file.pdfBase64, 'base64'));
      const text = execFileSync('pdftotext', [join(dir, 'p.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const expected of [
        '全程代办进度单',
        projectNo,
        'QCDB-2026-007',
        '全程无偿代办',
        '立项用地规划许可',
        '竣工验收',
        '待补正',
        kase.caseNo,
        '【立项用地规划许可】补齐“建设项目用地预审与选址意见书核发”的补正材料',
        '国有建设用地使用权出让合同',
        '0个工作日/目标60个工作日',
        '赵代办',
      ])
        expect(text).toContain(expected.replace(/\s+/g, ''));
      const audit = (await desk.call('audit.list', { page: 1, pageSize: 5 }, w)).rows[0];
      expect(audit).toMatchObject({ action: 'print.project-progress-printed', entityId: projectNo });
    },
    120_000,
  );
});
