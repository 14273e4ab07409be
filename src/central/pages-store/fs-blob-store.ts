import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { isBlobHash, type BlobStore } from './blob-store';

/**
 * Blobs as files: `<root>/ab/cd/<sha256>`. A verified upload is renamed into place (atomic on one
 * file system, so the tus upload folder lives under the same root) and the folder fsynced; a
 * blob is never overwritten.
 */
export class FsBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!isBlobHash(sha256)) throw new Error(`not a page hash: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async putVerifiedFile(sha256: string, verifiedFile: string): Promise<void> {
    const target = this.pathOf(sha256);
    if (await this.has(sha256)) {
      await rm(verifiedFile, { force: true });
      return;
    }
    const folder = join(this.root, sha256.slice(0, 2), sha256.slice(2, 4));
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await fsyncPath(verifiedFile, 'r+');
    await rename(verifiedFile, target);
    if (process.platform !== 'win32') await fsyncPath(folder, 'r');
  }

  async get(sha256: string): Promise<Readable | null> {
    return (await this.has(sha256)) ? createReadStream(this.pathOf(sha256)) : null;
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.size(sha256)) !== null;
  }

  async size(sha256: string): Promise<number | null> {
    if (!isBlobHash(sha256)) return null;
    try {
      return (await stat(this.pathOf(sha256))).size;
    } catch {
      return null;
    }
  }
}

async function fsyncPath(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
