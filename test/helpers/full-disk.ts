import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { vi } from 'vitest';

export interface SmallDisk {
  dir: string;
  /** Fills the disk to the last byte; returns a function that frees the space again. */
  fill(): () => void;
  unmount(): void;
}

/** A real little file system (tmpfs) where the test may mount one (root on Linux); else null. */
export function mountSmallDisk(sizeKb: number): SmallDisk | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'halldesk-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir: join(dir, 'data'),
    fill() {
      const filler = join(dir, 'filler');
      const fd = openSync(filler, 'w');
      const chunk = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
      // The last partial block too: not a byte left for the store.
      try {
        for (;;) writeSync(fd, chunk, 0, 1);
      } catch {
        // ENOSPC: full.
      } finally {
        closeSync(fd);
      }
      return () => unlinkSync(filler);
    },
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Where no disk can be mounted: every SQLite write statement fails with SQLITE_FULL after
 * `okWrites` more succeed, as a disk that fills in the middle of a transaction would.
 */
export function injectSqliteFull(okWrites = 2): () => void {
  const probe = new Database(':memory:');
  const statementPrototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as {
    run: (this: { source: string }, ...args: unknown[]) => unknown;
  };
  probe.close();
  const original = statementPrototype.run;
  let left = okWrites;
  // better-sqlite3 runs BEGIN, COMMIT and ROLLBACK as statements too; a real full disk never fails a rollback.
  const control = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;
  const spy = vi.spyOn(statementPrototype, 'run').mockImplementation(function (this: { source: string }, ...args: unknown[]) {
    if (!control.test(this.source) && left-- <= 0) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    return original.apply(this, args);
  });
  return () => spy.mockRestore();
}
