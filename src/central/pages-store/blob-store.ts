import type { Readable } from 'node:stream';

/**
 * Where the centre keeps page files, by their sha256. The file system (fs-blob-store.ts) is the
 * default; an S3-compatible object store is the documented way to scale (docs/scaling.md) behind
 * this same interface. A blob is only ever put from a file whose hash the caller has verified.
 */
export interface BlobStore {
  /** Moves (or copies) the verified file in under its hash; a blob already there is kept and the file dropped. */
  putVerifiedFile(sha256: string, verifiedFile: string): Promise<void>;
  /** The blob's bytes, or null when the store does not have it. */
  get(sha256: string): Promise<Readable | null>;
  has(sha256: string): Promise<boolean>;
  /** The blob's size in bytes, or null when the store does not have it. */
  size(sha256: string): Promise<number | null>;
}

/** A page hash: 64 lowercase hex digits (so it can never walk out of a folder or a bucket prefix). */
export function isBlobHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
