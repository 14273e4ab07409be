import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { httpAdminActions } from '../../../src/central/cli/http-admin-client';

const root = new URL('../../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'central-main-'));

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startCentre(env: Record<string, string>): Running {
  const child = spawn(tsx, ['src/central/central-main.ts'], {
    cwd: root,
    env: { ...process.env, CENTRAL_PORT: '0', CENTRAL_DATA_DIR: dataDir, CENTRAL_ADMIN_TOKEN: '', CENTRAL_DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Decoded as a stream: a chunk may end inside a multi-byte character.
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => (output += chunk));
  child.stderr?.on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves with the first whole line matching `pattern` (end it with \n), or fails when the process exits first. */
function waitForLine(running: Running, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(running.output());
      if (match) {
        running.child.stdout?.off('data', check);
        resolve(match);
      }
    };
    running.child.stdout?.on('data', check);
    void running.exited.then(() => reject(new Error(`centre exited before printing ${pattern}:\n${running.output()}`)));
    check();
  });
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('central-main', () => {
  it('starts, prints CENTRAL_READY, stops on SIGTERM and keeps its data in CENTRAL_DATA_DIR', { timeout: 90_000 }, async () => {
    // A result file's temporary copy a centre left behind a month ago: the clean-up at start removes it.
    const leftOver = join(dataDir, 'pages', 'uploads', 'result-left-over');
    mkdirSync(join(dataDir, 'pages', 'uploads'), { recursive: true });
    writeFileSync(leftOver, 'x');
    utimesSync(leftOver, new Date(Date.now() - 30 * 86_400_000), new Date(Date.now() - 30 * 86_400_000));
    const first = startCentre({});
    const url = (await waitForLine(first, /CENTRAL_READY (http:\/\/127\.0\.0\.1:\d+)\n/))[1] ?? '';
    await waitForLine(first, /已清理 0 个超过 14 天未完成的页面上传、1 个遗留的临时文件（.+之前开始或写入）\n/);
    expect(existsSync(leftOver)).toBe(false);
    const token = (await waitForLine(first, /随机生成的管理令牌：(\S+)\n/))[1] ?? '';
    const health = (await (await fetch(`${url}/v1/health`)).json()) as unknown;
    expect(health).toEqual({ ok: true, value: { version: expect.any(String), protocol: 1 } });
    await httpAdminActions(url, token).createHall({ code: 'JC', name: '江川市政务服务中心' });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('中心平台已停止');

    const adminToken = 'a-fixed-admin-token-for-this-test';
    const second = startCentre({ CENTRAL_ADMIN_TOKEN: adminToken });
    const secondUrl = (await waitForLine(second, /CENTRAL_READY (http:\/\/\S+)\n/))[1] ?? '';
    expect(second.output()).not.toContain(adminToken);
    const overview = await httpAdminActions(secondUrl, adminToken).overview();
    expect(overview.halls.map((h) => h.code)).toEqual(['JC']);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses a bad setting with a message naming it', { timeout: 30_000 }, async () => {
    const running = startCentre({ CENTRAL_PORT: 'eighty' });
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain('CENTRAL_PORT');
  });
});
