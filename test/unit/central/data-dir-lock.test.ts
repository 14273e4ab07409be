import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../../src/central/db/data-dir-lock';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'central-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('lets one opener at a time hold a PGlite folder', () => {
    const dir = freshDir();
    const unlock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(`正由进程 ${process.pid} 使用`);
    unlock();
    lockDataDir(dir)();
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'central.lock'), '2147483646');
    expect(() => lockDataDir(dir)()).not.toThrow();
  });
});
