import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../src/main/backend/backend';
import { AppError } from '../../../src/shared/errors';
import { readOnlyCopy, type ReadOnlyFolder } from '../../helpers/read-only-folder';
import { openTestDesk, setUpDesk, silentLogger } from '../../helpers/test-backend';

const storeName = 'halldesk.sqlite3';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'halldesk-bad-store-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real store with a hall and a few hundred pages, closed cleanly (WAL folded in). */
async function realStore(): Promise<string> {
  const desk = openTestDesk();
  await setUpDesk(desk, 'w');
  desk.backend.close();
  const dir = folder();
  const file = join(dir, storeName);
  writeFileSync(file, readFileSync(join(desk.dataDir, storeName)));
  rmSync(desk.dataDir, { recursive: true, force: true });
  return file;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function openFails(dataDir: string): AppError {
  try {
    openBackend({ dataDir, logger: silentLogger, startSync: false }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('the store was opened');
}

function expectRestoreAdvice(error: AppError) {
  expect(error.code).toBe('STORE_UNAVAILABLE');
  expect(error.message).toContain('备份');
  expect(error.message).toContain('Where data lives, and backing it up');
  expect(error.message).not.toMatch(/SQLITE|Error:|\bat /);
}

describe('start-up on a bad store', () => {
  it('refuses a file of random bytes as damaged and leaves it untouched', () => {
    const dir = folder();
    const file = join(dir, storeName);
    writeFileSync(file, randomBytes(64 * 1024));
    const before = sha(file);
    const error = openFails(dir);
    expectRestoreAdvice(error);
    expect(error.message).toContain('损坏');
    expect(sha(file)).toBe(before);
  });

  it('refuses a truncated store', async () => {
    const file = await realStore();
    truncateSync(file, Math.floor(statSync(file).size / 2 / 4096) * 4096 + 100);
    expectRestoreAdvice(openFails(join(file, '..')));
  });

  it('finds a corrupted page at start with quick_check, not later under a clerk', async () => {
    const file = await realStore();
    const db = new Database(file);
    const root = (db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'catalogue_items'").get() as { rootpage: number }).rootpage;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = readFileSync(file);
    // Garbage over the whole root page of a table: the file header (page 1) stays readable.
    expect(root).toBeGreaterThan(1);
    randomBytes(pageSize).copy(bytes, (root - 1) * pageSize);
    writeFileSync(file, bytes);
    const error = openFails(join(file, '..'));
    expectRestoreAdvice(error);
    expect(error.message).toContain('损坏');
  });

  it('never treats an existing empty (0 bytes) store as a new desk', () => {
    const dir = folder();
    const file = join(dir, storeName);
    writeFileSync(file, '');
    const error = openFails(dir);
    expectRestoreAdvice(error);
    expect(error.message).toContain('0 字节');
    expect(statSync(file).size).toBe(0);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it.each(['folder', 'file'] as const)('refuses a read-only %s with a message saying how to fix it', async (only) => {
    const file = await realStore();
    let readOnly: ReadOnlyFolder | null = readOnlyCopy([file], only);
    cleanups.push(() => readOnly?.release());
    const error = openFails(readOnly.dir);
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(error.message).toContain('只读');
    expect(sha(join(readOnly.dir, storeName))).toBe(sha(file));
    readOnly.release();
    readOnly = null;
  });

  it('the web host stops with the Chinese message and no stack trace', () => {
    const dir = folder();
    writeFileSync(join(dir, storeName), '');
    const run = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/main/web/web-main.ts'], {
      env: { ...process.env, HALLDESK_DATA_DIR: dir, HALLDESK_PORT: '0', HALLDESK_OPEN_BROWSER: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('受理台无法启动');
    expect(run.stderr).toContain('0 字节');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toContain('HALLDESK_READY');
  }, 60_000);
});
