import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLogDestination } from '../../../src/main/log-destination';
import { diskFullMessage } from '../../../src/main/db/store-problems';
import { injectSqliteFull, mountSmallDisk, type SmallDisk } from '../../helpers/full-disk';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

const w = 'window';
let desk: TestDesk | undefined;
let disk: SmallDisk | null = null;
afterEach(() => {
  desk?.close();
  disk?.unmount();
  desk = undefined;
  disk = null;
});

const search = (d: TestDesk) => d.call('cases.search', { query: '', todayOnly: false, page: 1, pageSize: 20 }, w);

describe('a full disk', () => {
  it('refuses the write in Chinese (DISK_FULL), keeps nothing of it, and goes on serving reads and later writes', async () => {
    // A real 4 MB disk where the test may mount one; elsewhere SQLITE_FULL in mid-transaction.
    disk = mountSmallDisk(4096);
    desk = openTestDesk(disk ? { dataDir: disk.dir } : {});
    await setUpDesk(desk, w);
    const { materials } = await receiptsFor(desk, [socialCardItem], w);
    const register = () => registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } });
    await desk.call('cases.register', register(), w);

    const release = disk ? disk.fill() : injectSqliteFull(2);
    const refused = await desk.fail('cases.register', register(), w);
    expect(refused).toEqual({ code: 'DISK_FULL', message: diskFullMessage });
    // Reads still work, and the refused registration left nothing behind.
    expect((await search(desk)).total).toBe(1);
    expect(await desk.call('app.status', {}, w)).toMatchObject({ setupDone: true });

    release();
    const next = await desk.call('cases.register', register(), w);
    expect(next.caseNo).toBe('JC-03-2026-000002');
    expect((await search(desk)).total).toBe(2);
  });
});

describe('a log that cannot be written', () => {
  it('lets the process exit while the log file is still being opened', () => {
    // pino flushes its file synchronously at exit; a file not yet open must not crash that exit.
    const dir = mkdtempSync(join(tmpdir(), 'halldesk-log-exit-'));
    try {
      const script = [
        `import { openLogDestination } from ${JSON.stringify(join(process.cwd(), 'src/main/log-destination.ts'))};`,
        `openLogDestination(${JSON.stringify(join(dir, 'halldesk.log'))}).write('{"msg":"x"}\\n');`,
        'process.exit(0);',
      ].join('\n');
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(run.stderr).not.toContain('not ready');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never takes the process down: the failure is reported once and later lines are dropped', async () => {
    const reports: string[] = [];
    const unhandled = vi.fn();
    process.on('uncaughtException', unhandled);
    try {
      // /dev/full answers every write with ENOSPC, as a full disk does.
      const log = openLogDestination('/dev/full', { report: (m) => reports.push(m) });
      for (let i = 0; i < 100; i++) log.write(`{"msg":"line ${i}"}\n`);
      await vi.waitFor(() => expect(log.failing).toBe(true));
      for (let i = 0; i < 100; i++) log.write(`{"msg":"after ${i}"}\n`);
      expect(reports).toHaveLength(1);
      expect(reports[0]).toContain('ENOSPC');
      expect(reports[0]).toContain('继续运行');
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('uncaughtException', unhandled);
    }
  });
});
