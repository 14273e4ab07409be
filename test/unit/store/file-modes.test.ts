import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openBackend, type Backend } from '../../../src/main/backend/backend';

const mode = (path: string) => statSync(path).mode & 0o777;
let parent: string;
let backend: Backend | undefined;
afterEach(() => {
  backend?.close();
  backend = undefined;
  rmSync(parent, { recursive: true, force: true });
});

describe.runIf(process.platform !== 'win32')('file modes of the data folder', () => {
  it('a new data folder is 0700; the store, its WAL and SHM and the log are 0600', async () => {
    parent = mkdtempSync(join(tmpdir(), 'halldesk-modes-'));
    const dataDir = join(parent, 'HallDesk');
    backend = openBackend({ dataDir, startSync: false });
    await backend.dispatch({ channel: 'app.status', input: {}, sessionKey: 's' });
    await vi.waitFor(() => expect(existsSync(join(dataDir, 'halldesk.log'))).toBe(true));
    expect(mode(dataDir)).toBe(0o700);
    for (const file of ['halldesk.sqlite3', 'halldesk.sqlite3-wal', 'halldesk.sqlite3-shm', 'halldesk.log']) {
      expect(mode(join(dataDir, file)), file).toBe(0o600);
    }
  });

  it('closes an existing folder and files left open to others', async () => {
    parent = mkdtempSync(join(tmpdir(), 'halldesk-modes-'));
    const dataDir = join(parent, 'HallDesk');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    openBackend({ dataDir, startSync: false }).close();
    chmodSync(join(dataDir, 'halldesk.sqlite3'), 0o644);
    writeFileSync(join(dataDir, 'halldesk.log'), '', { mode: 0o644 });
    chmodSync(join(dataDir, 'halldesk.log'), 0o644);
    chmodSync(dataDir, 0o755);
    backend = openBackend({ dataDir, startSync: false });
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'halldesk.sqlite3'))).toBe(0o600);
    expect(mode(join(dataDir, 'halldesk.sqlite3-wal'))).toBe(0o600);
    expect(mode(join(dataDir, 'halldesk.log'))).toBe(0o600);
  });

  it('leaves the mode of a shared folder that holds no store (HALLDESK_DATA_DIR=/tmp, say) alone', () => {
    parent = mkdtempSync(join(tmpdir(), 'halldesk-modes-'));
    chmodSync(parent, 0o1777);
    backend = openBackend({ dataDir: parent, startSync: false });
    expect(mode(parent) | (statSync(parent).mode & 0o1000)).toBe(0o1777);
    expect(mode(join(parent, 'halldesk.sqlite3'))).toBe(0o600);
  });
});
