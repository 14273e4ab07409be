import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHallTime, hallDateOf } from '../../../src/shared/time/hall-time';
import type { PdfRenderer } from '../../../src/main/services/printing/pdf-renderer';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import type { TestDesk } from '../../helpers/test-backend';
import { readyDesk } from './print-fixtures';

const noBrowser: PdfRenderer = {
  kind: 'chromium',
  render: () => Promise.resolve(Buffer.from('%PDF-1.4\n%%EOF')),
  close: () => Promise.resolve(),
};

describe('the hall’s time zone', () => {
  it('formats an instant on the hall’s clock, whatever zone is asked', () => {
    expect(formatHallTime('2026-03-01T23:30:00Z')).toBe('2026-03-02 07:30');
    expect(formatHallTime(new Date('2026-03-01T23:30:00Z'), 'Asia/Shanghai', true)).toBe('2026-03-02 07:30:00');
    expect(formatHallTime('2026-03-01T23:30:00Z', 'America/New_York')).toBe('2026-03-01 18:30');
    expect(hallDateOf('2026-03-01T16:00:00Z')).toBe('2026-03-02');
  });

  it('gives Shanghai time on paper, in the .xlsx export and for the audit log on a PC set to New York', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'halldesk-tz-'));
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/helpers/hall-time-worker.ts', dataDir], {
        env: { ...process.env, TZ: 'America/New_York' },
        encoding: 'utf8',
      });
      const times = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
      // The child really runs on New York's clock (UTC−5 on 2 March)…
      expect(times.machineOffsetMinutes).toBe(300);
      // …and the desk still says 09:30 on 2 March, the hall's time of 01:30 UTC.
      expect(times).toMatchObject({
        hallTimeZone: 'Asia/Shanghai',
        printedAt: '2026年3月2日 09:30',
        receivedAt: '2026年3月2日 09:30',
        xlsxGenerated: '生成时间：2026-03-02 09:30',
        audited: '2026-03-02 09:30',
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  describe('as a hall setting', () => {
    let desk: TestDesk;
    afterEach(() => desk.close());

    it('is Asia/Shanghai by default, refuses an unknown zone, and once set is used on paper and reported to the screens', async () => {
      desk = await readyDesk(noBrowser);
      const settings = await desk.call('settings.get', {});
      expect(settings.timeZone).toBe('Asia/Shanghai');
      expect(await desk.fail('settings.update', { ...settings, timeZone: 'Mars/Olympus' })).toMatchObject({
        code: 'VALIDATION',
        field: 'timeZone',
      });
      await desk.call('settings.update', { ...settings, timeZone: 'Asia/Tokyo' });
      expect((await desk.call('app.status', {})).timeZone).toBe('Asia/Tokyo');
      const { materials } = await receiptsFor(desk, [socialCardItem], 'test');
      const { caseNo } = await desk.call(
        'cases.register',
        registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
      );
      const paper = await desk.call('print.preview', { caseNo, docType: 'acceptance-receipt' });
      expect(paper.printedAt).toBe('2026年3月2日 10:30');
    });
  });
});
