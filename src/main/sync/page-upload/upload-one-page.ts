import { DetailedError, Upload } from 'tus-js-client';
import { pageUploadsPath } from '../../../shared/sync/page-references';
import type { ByteRateLimiter } from './byte-rate-limiter';

export interface OnePage {
  sha256: string;
  mime: string;
  caseNo: string;
  bytes: Buffer;
  /** The tus upload URL of an earlier attempt: the upload resumes there (HEAD, then PATCH from its offset). */
  uploadUrl: string | null;
}

export interface UploadHooks {
  onUrl(url: string): void;
  onChunk(bytesAccepted: number): void;
  /** The back end is closing: the upload stops where it is (it resumes there next time). */
  signal?: AbortSignal;
}

/** How an upload ended when it did not: the centre refused the bytes (hash), the credential, or anything else. */
export class PageUploadError extends Error {
  constructor(
    message: string,
    readonly kind: 'hash-refused' | 'refused' | 'credential' | 'offline',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PageUploadError';
  }
}

/** The centre's 422: what it received did not hash to the page's sha256 (tus-uploads.ts). */
const hashMismatchStatus = 422;

/**
 * One page to the centre with tus-js-client, in the back end (Node): chunked, each chunk released
 * by the desk's bandwidth cap, resuming an earlier attempt's upload when its URL is known. Resolves
 * when the centre answered the last chunk (it has verified the hash and stored the page), or when
 * a resumed upload finds every byte already there: the centre may then have failed to store it,
 * which the uploader asks about afterwards (page-uploader.ts).
 */
export function uploadOnePage(
  centralUrl: string,
  /** `<deskId>.<secret>` (credential-store.ts bearer()). */
  credential: string,
  page: OnePage,
  limiter: ByteRateLimiter,
  chunkSize: number,
  hooks: UploadHooks,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const upload: Upload = new Upload(page.bytes, {
      endpoint: new URL(pageUploadsPath, centralUrl).toString(),
      uploadUrl: page.uploadUrl,
      headers: { Authorization: `Bearer ${credential}` },
      metadata: { sha256: page.sha256, contentType: page.mime, caseNo: page.caseNo },
      chunkSize,
      // A short retry inside the attempt; longer outages are the queue's back-off.
      retryDelays: [200, 1000],
      storeFingerprintForResuming: false,
      removeFingerprintOnSuccess: true,
      fileReader: throttledReader(limiter),
      onUploadUrlAvailable: () => {
        if (upload.url) hooks.onUrl(upload.url);
      },
      onChunkComplete: (_size, accepted) => hooks.onChunk(accepted),
      onSuccess: () => resolve(),
      onError: (error) => reject(classify(error)),
    });
    hooks.signal?.addEventListener(
      'abort',
      () => {
        void upload.abort();
        reject(new PageUploadError('电子材料上传已停止，下次启动后续传', 'offline'));
      },
      { once: true },
    );
    upload.start();
  });
}

function classify(error: Error): PageUploadError {
  const status = error instanceof DetailedError ? error.originalResponse?.getStatus() : undefined;
  const body = messageOf(error instanceof DetailedError ? (error.originalResponse?.getBody() ?? '') : '');
  if (status === hashMismatchStatus) return new PageUploadError(body || '中心收到的页面内容与哈希不符', 'hash-refused', status);
  if (status === 401 || status === 403) return new PageUploadError(body || '中心拒绝了本窗口的接入凭证', 'credential', status);
  if (status !== undefined && status >= 400 && status < 500)
    return new PageUploadError(body || `中心拒绝了上传（HTTP ${status}）`, 'refused', status);
  return new PageUploadError('无法连接中心平台，电子材料稍后自动续传', 'offline', status);
}

/** The centre's Chinese message: a tus refusal's plain body, or the `Result` the centre's other errors answer with. */
function messageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } };
    return typeof parsed.error?.message === 'string' ? parsed.error.message : body.trim();
  } catch {
    return body.trim();
  }
}

/** tus-js-client's file reader for a Buffer, each slice waiting for the bandwidth cap. */
function throttledReader(limiter: ByteRateLimiter) {
  return {
    openFile: (input: Buffer) =>
      Promise.resolve({
        size: input.length,
        slice: async (start: number, end: number) => {
          // `size` is what tus-js-client's Node stack sends as Content-Length.
          const value = Object.assign(input.subarray(start, Math.min(end, input.length)), { size: Math.min(end, input.length) - start });
          await limiter.take(value.size);
          return { value, done: end >= input.length };
        },
        close: () => undefined,
      }),
  };
}
