import type { PageUploadSettings } from '../../../shared/contract/page-upload-endpoints';
import type { Db } from '../../db/open-database';
import type { Clock } from '../../services/clock';
import type { PageStore } from '../../services/materials/page-store';
import { sha256Hex } from '../../services/materials/page-store';
import { getSetting } from '../../services/settings/settings-repository';
import { retryDelayMs } from '../backoff';
import { CentralClient, CentralError } from '../central-client';
import { bearer, type CredentialStore } from '../credential-store';
import { ByteRateLimiter, chunkSizeFor } from './byte-rate-limiter';
import {
  markUploadDone,
  nextPendingUploads,
  recordUploadFailure,
  saveBytesSent,
  saveUploadUrl,
  uploadFigures,
  type PageUploadRow,
  type UploadFigures,
} from './page-upload-repository';
import { readPageUploadSettings } from './page-upload-settings';
import { PageUploadError, uploadOnePage } from './upload-one-page';

/** After this many hash refusals (or uploads the centre did not keep) of one page the desk stops sending it and shows it as failed. */
export const hashRefusalsBeforeGivingUp = 5;
/** Shown on the page's line while it waits to be sent again. */
const notKeptReason = '中心未能保存刚上传的页面，稍后重新上传';

interface SentPage {
  sha256: string;
  size: number;
}

/** Hashes asked about in one `POST /v1/pages/missing`. */
const askBatch = 100;

export interface PageUploaderDeps {
  db: Db;
  store: PageStore;
  credentials: CredentialStore;
  clock: Clock;
  /** Where the centre is and whether syncing is stopped (the sync engine's settings). */
  centralUrlKey: string;
  reEnrolKey: string;
  random?: () => number;
  logger?: { error(obj: unknown, msg?: string): void };
}

/**
 * The page upload queue's worker: its own loop beside the case outbox, never in its way. Each run
 * asks the centre which queued pages it lacks, marks the rest done, and uploads the missing ones
 * with tus, at most `maxInFlight` at once under the bandwidth cap. A failure ends the run and it
 * comes back after a back-off; the tus URL kept per page lets the next run resume, not restart.
 * A page counts as sent only once the centre says it has it: tus calls an upload whose every byte
 * the centre holds a success, also when the centre never finished it (it failed or stopped while
 * storing the page), so the uploaded pages are asked about once more, and one the centre lacks
 * starts again from nothing.
 */
export class PageUploader {
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;
  private readonly listeners = new Set<() => void>();
  private readonly limiter = new ByteRateLimiter(() => this.settings().maxKibPerSecond * 1024);
  /** Aborted by stop(): uploads on the way end at once instead of holding the back end's closing. */
  private readonly stopping = new AbortController();

  constructor(private readonly deps: PageUploaderDeps) {}

  figures(): UploadFigures {
    return uploadFigures(this.deps.db);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a run unless one is under way (the sync engine calls it after each good sync). */
  wake(): void {
    if (!this.stopped) void this.runNow();
  }

  /** Runs the queue now (or joins the run under way) and resolves when it ends, well or not. */
  runNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) return this.running;
    this.running = this.run().finally(() => {
      this.running = null;
      this.changed();
    });
    return this.running;
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.running ?? Promise.resolve();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private settings(): PageUploadSettings {
    return readPageUploadSettings(this.deps.db);
  }

  private async run(): Promise<void> {
    const { db, credentials } = this.deps;
    const credential = credentials.load();
    const url = getSetting(db, this.deps.centralUrlKey);
    if (!credential || !url || getSetting(db, this.deps.reEnrolKey) !== undefined) return;
    try {
      await this.drain(url, bearer(credential));
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      if (!(error instanceof PageUploadError || error instanceof CentralError))
        this.deps.logger?.error({ err: error }, 'page upload failed');
      // A refused credential waits for the sync engine (it shows it and stops); anything else comes back by itself.
      const credentialRefused =
        (error instanceof PageUploadError && error.kind === 'credential') || (error instanceof CentralError && error.credentialRefused());
      if (!credentialRefused && !this.stopped) this.schedule(retryDelayMs(this.failures, this.deps.random));
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runNow(), delayMs);
    this.timer.unref();
  }

  private async drain(url: string, auth: string): Promise<void> {
    const { db, clock } = this.deps;
    const client = new CentralClient(url);
    for (let batch = nextPendingUploads(db, askBatch); batch.length > 0 && !this.stopped; batch = nextPendingUploads(db, askBatch)) {
      const { missing } = await client.missingPages(
        auth,
        batch.map((row) => row.sha256),
      );
      const lacking = new Set(missing);
      for (const row of batch) if (!lacking.has(row.sha256)) markUploadDone(db, row.sha256, row.bytes_sent, clock.now().toISOString());
      this.changed();
      const { sent, failure } = await this.uploadAll(
        url,
        auth,
        batch.filter((row) => lacking.has(row.sha256)),
      );
      await this.confirmKept(client, auth, sent);
      if (failure !== null) throw failure.error;
    }
  }

  /** Up to `maxInFlight` uploads at once; the first failure stops new ones and is returned once those on the way end. */
  private async uploadAll(
    url: string,
    auth: string,
    rows: PageUploadRow[],
  ): Promise<{ sent: SentPage[]; failure: { error: unknown } | null }> {
    const queue = [...rows];
    const sent: SentPage[] = [];
    let failure: { error: unknown } | null = null;
    const worker = async () => {
      for (let row = queue.shift(); row !== undefined && failure === null && !this.stopped; row = queue.shift()) {
        try {
          const size = await this.uploadOne(url, auth, row);
          if (size !== null) sent.push({ sha256: row.sha256, size });
        } catch (error) {
          failure ??= { error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.settings().maxInFlight, queue.length) }, worker));
    return { sent, failure };
  }

  /** The uploads tus called finished: done if the centre has the page, else started again after the back-off. */
  private async confirmKept(client: CentralClient, auth: string, sent: readonly SentPage[]): Promise<void> {
    if (sent.length === 0) return;
    const { db, clock } = this.deps;
    const lacking = new Set(
      (
        await client.missingPages(
          auth,
          sent.map((page) => page.sha256),
        )
      ).missing,
    );
    for (const page of sent) {
      if (!lacking.has(page.sha256)) markUploadDone(db, page.sha256, page.size, clock.now().toISOString());
      else recordUploadFailure(db, page.sha256, notKeptReason, true, hashRefusalsBeforeGivingUp);
    }
    this.changed();
    // Again at once could loop on a centre that keeps failing to store: the run's back-off paces it.
    if (lacking.size > 0) throw new PageUploadError(notKeptReason, 'offline');
  }

  /** The page's size once tus says the centre has every byte; null when there was nothing to send or it failed for good. */
  private async uploadOne(url: string, auth: string, row: PageUploadRow): Promise<number | null> {
    const { db, store } = this.deps;
    const bytes = store.has(row.sha256) ? store.read(row.sha256) : null;
    if (bytes === null || sha256Hex(bytes) !== row.sha256) {
      // Nothing to send that the centre would take: verify-store and the backup are the way back.
      recordUploadFailure(db, row.sha256, '本机缺少该页文件或文件已损坏，请运行 npm run verify-store 检查', true, 1);
      this.changed();
      return null;
    }
    try {
      await uploadOnePage(
        url,
        auth,
        { sha256: row.sha256, mime: row.mime, caseNo: row.case_no, bytes, uploadUrl: row.upload_url },
        this.limiter,
        chunkSizeFor(this.settings().maxKibPerSecond * 1024),
        {
          onUrl: (uploadUrl) => saveUploadUrl(db, row.sha256, uploadUrl),
          onChunk: (accepted) => {
            if (this.stopped) return;
            saveBytesSent(db, row.sha256, accepted);
            this.changed();
          },
          signal: this.stopping.signal,
        },
      );
      return bytes.length;
    } catch (error) {
      if (!(error instanceof PageUploadError)) throw error;
      // Closing: the store may be closing too; the upload URL already kept is all a resume needs.
      if (this.stopped) throw error;
      // The centre threw the bytes away or refused the upload: start again from nothing, a few times at most.
      // A drop or an outage resumes where it stopped, after the run's back-off.
      const refused = error.kind === 'hash-refused' || error.kind === 'refused';
      recordUploadFailure(db, row.sha256, error.message, refused, hashRefusalsBeforeGivingUp);
      this.changed();
      if (!refused) throw error;
      return null;
    }
  }
}
