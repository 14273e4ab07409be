import { FileStore } from '@tus/file-store';
import { mkdirSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatHallTime } from '../../shared/time/hall-time';
import type { PagesDeps } from './page-routes';

const dayMs = 24 * 60 * 60 * 1000;
const hourMs = 60 * 60 * 1000;

/**
 * CENTRAL_UPLOAD_EXPIRY_DAYS by default: how long after it began a page upload that a desk has not
 * finished is kept for the desk to resume. 14 days, not 7: the longest breaks in the State
 * Council's calendar are 8 to 9 days off in a row (春节 2024 and 2026, 国庆+中秋 2025), and an upload
 * begun on the last afternoon before one and resumed on the first morning after it is close to 10
 * days old; a few days more cover a link that comes back late. Keeping it longer costs little (a
 * page is at most 16 MB and a desk has only a couple on the way at once); expiring it too early
 * costs only the re-sending of that page, since the desk then starts the upload again.
 */
export const defaultUploadExpiryDays = 14;

/**
 * The tus store of partial uploads in `uploadsDir`, with tus's expiration extension: counted from
 * the creation_date FileStore writes in each upload's `.json` config, a HEAD or PATCH of an upload
 * older than `expiryDays` answers 410 (the desk then starts again) and `deleteExpired()` removes it.
 * The tus endpoint and the clean-up both open it here, so they never disagree on the period.
 */
export function openUploadsStore(uploadsDir: string, expiryDays: number): FileStore {
  // FileStore creates its folder in the background and throws from a callback if that fails (an
  // uncaught exception): made here first, a failure is an ordinary error at start.
  mkdirSync(uploadsDir, { recursive: true });
  return new FileStore({ directory: uploadsDir, expirationPeriodInMilliseconds: expiryDays * dayMs });
}

export interface UploadExpiryRound {
  /** Unfinished tus uploads removed (partial file and config). */
  expired: number;
  /** Other leftovers removed (see expireUnfinishedUploads). */
  leftovers: number;
}

/**
 * One clean-up round of the tus folder. First tus's own (`deleteExpired()`, what
 * `server.cleanUpExpiredUploads()` runs): every upload it lists (an id with both a partial file
 * and a config) whose creation_date is older than the expiry loses both. A finished upload is
 * never among them: when it finished, its file was renamed into the blob store (a sibling folder
 * the FileStore never resolves into) and its config deleted. Then, by their last write, what tus
 * does not list: a config whose file went into the blob store (the centre stopped before deleting
 * it), a file whose config was never written (stopped while creating it), a result file's
 * temporary copy (stopped while storing it). What tus keeps is younger than the expiry, and so are
 * its files (a config is written when its upload is created, the part at each PATCH).
 */
export async function expireUnfinishedUploads(store: FileStore): Promise<UploadExpiryRound> {
  // Without an expiry tus keeps everything, and so does the rest (else every file would be "untouched since now").
  if (store.getExpiration() <= 0) return { expired: 0, leftovers: 0 };
  const expired = await store.deleteExpired();
  const before = Date.now() - store.getExpiration();
  let leftovers = 0;
  for (const name of await readdir(store.directory)) {
    const path = join(store.directory, name);
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile() || info.mtimeMs >= before) continue;
    await rm(path, { force: true });
    leftovers += 1;
  }
  return { expired, leftovers };
}

/** Runs a clean-up round at start and then hourly; the timer never keeps the process alive. Returns what stops it. */
export function scheduleUploadExpiry(
  pages: Pick<PagesDeps, 'uploadsDir' | 'uploadExpiryDays'>,
  log: (message: string, error?: unknown) => void,
): () => void {
  const expiryDays = pages.uploadExpiryDays ?? defaultUploadExpiryDays;
  const store = openUploadsStore(pages.uploadsDir, expiryDays);
  const run = () => {
    const startedAt = new Date();
    return expireUnfinishedUploads(store).then(
      ({ expired, leftovers }) => {
        if (expired + leftovers === 0) return;
        const before = formatHallTime(new Date(startedAt.getTime() - expiryDays * dayMs));
        log(`已清理 ${expired} 个超过 ${expiryDays} 天未完成的页面上传、${leftovers} 个遗留的临时文件（${before} 之前开始或写入）`);
      },
      (error: unknown) => log('清理未完成的页面上传失败，稍后重试', error),
    );
  };
  void run();
  const timer = setInterval(() => void run(), hourMs);
  timer.unref();
  return () => clearInterval(timer);
}
