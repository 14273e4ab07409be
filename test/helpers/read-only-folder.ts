import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface ReadOnlyFolder {
  dir: string;
  release(): void;
}

const isRoot = () => process.getuid?.() === 0;

/**
 * A folder holding copies of `files`, made read-only for the desk: by permissions for an ordinary
 * user, or (root ignores permissions) as a read-only mount. `only: 'file'` leaves the folder
 * writable and the files read-only, where permissions can express that.
 */
export function readOnlyCopy(files: readonly string[], only: 'folder' | 'file' = 'folder'): ReadOnlyFolder {
  const dir = mkdtempSync(join(tmpdir(), 'halldesk-readonly-'));
  if (isRoot() && process.platform === 'linux') {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { stdio: 'ignore' });
    for (const file of files) copyFileSync(file, join(dir, basename(file)));
    execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
    return {
      dir,
      release() {
        execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  mkdirSync(dir, { recursive: true });
  for (const file of files) {
    copyFileSync(file, join(dir, basename(file)));
    chmodSync(join(dir, basename(file)), 0o400);
  }
  if (only === 'folder') chmodSync(dir, 0o500);
  return {
    dir,
    release() {
      chmodSync(dir, 0o700);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
