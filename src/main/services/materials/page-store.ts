import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Whether a hash names a page file (and so cannot walk out of the pages folder). */
export function isPageHash(hash: string): boolean {
  return /^[0-9a-f]{64}$/.test(hash);
}

/**
 * Page files by content: `pages/ab/abcd…` where `abcd…` is the file's sha256. A file is written
 * once (temp file, fsync, rename, fsync of the folder) and never overwritten: the same bytes give
 * the same name, so a second write of them is a no-op. Callers write here BEFORE committing the
 * row that refers to the page: a crash in between leaves an unreferenced file, never a row
 * without its file.
 */
export class PageStore {
  constructor(readonly folder: string) {}

  pathOf(hash: string): string {
    if (!isPageHash(hash)) throw new Error(`not a page hash: ${hash}`);
    return join(this.folder, hash.slice(0, 2), hash);
  }

  has(hash: string): boolean {
    return existsSync(this.pathOf(hash));
  }

  /** Stores the bytes; returns their hash. */
  put(bytes: Uint8Array): string {
    const hash = sha256Hex(bytes);
    const target = this.pathOf(hash);
    if (existsSync(target)) return hash;
    const shard = join(this.folder, hash.slice(0, 2));
    mkdirSync(shard, { recursive: true, mode: 0o700 });
    const temp = join(shard, `.${randomUUID()}.tmp`);
    try {
      writeDurably(temp, bytes);
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    syncFolder(shard);
    return hash;
  }

  read(hash: string): Buffer {
    return readFileSync(this.pathOf(hash));
  }
}

function writeDurably(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename itself durable; Windows cannot open a folder for fsync, and needs not. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
