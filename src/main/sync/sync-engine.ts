import type { Db } from '../db/open-database';
import type { Clock } from '../services/clock';
import { getSetting, setSetting } from '../services/settings/settings-repository';
import { applyChanges, cursorKey, type PullServices } from './apply-changes';
import { pollIntervalMs, retryDelayMs } from './backoff';
import { CentralClient, CentralError } from './central-client';
import { bearer, type CredentialStore } from './credential-store';
import { pendingEvents, type DeskBatchLimits } from './outbox-batches';
import { pushOutbox, SeqTakenError } from './push-outbox';
import { numberAboveCentre, startFromSnapshot } from './start-from-snapshot';
import { catchUpWithWindow } from './catch-up-with-window';
import { countSyncErrors } from './sync-errors-repository';
import type { PageUploader } from './page-upload/page-uploader';

export const centralUrlKey = 'sync.centralUrl';
const lastSuccessKey = 'sync.lastSuccessAt';
/** Pushes renumbered after a seq-taken answer in one run; each round moves the refused events above the centre's mark. */
const maxRenumberRounds = 3;
/** The centre's 401/403 message while the credential is refused; cleared by a new enrolment. */
export const reEnrolKey = 'sync.reEnrolRequired';

export interface SyncStatus {
  enrolled: boolean;
  centralUrl: string | null;
  /** null until the first attempt says either way. */
  online: boolean | null;
  pending: number;
  lastSuccessAt: string | null;
  error: string | null;
  syncing: boolean;
  progress: { sent: number; total: number } | null;
  rejected: number;
  /** The centre refused the credential (401/403): syncing stopped until the desk is enrolled again. */
  reEnrolRequired: boolean;
  /** The page upload queue (issue 13). */
  pages?: ReturnType<PageUploader['figures']>;
}

interface EngineDeps extends PullServices {
  db: Db;
  credentials: CredentialStore;
  clock: Clock;
  random?: () => number;
  /** What one batch may hold; the protocol's defaults unless a test needs small batches. */
  batchLimits?: DeskBatchLimits;
  logger?: { error(obj: unknown, msg?: string): void };
  /** Pages go on in their own queue, woken after each good sync and never awaited by it. */
  pageUploads?: Pick<PageUploader, 'figures' | 'wake' | 'stop' | 'onChange'>;
}

/**
 * Sends the outbox to the centre in batches and pulls the centre's changes. One run at a time;
 * failures back off with jitter and retry, success polls every 30 s. Everything it needs to
 * resume (unacknowledged batches, the pull cursor) is in the store, so a restart or a crash
 * picks up where it stopped.
 */
export class SyncEngine {
  private online: boolean | null = null;
  private error: string | null = null;
  private progress: { sent: number; total: number } | null = null;
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  /** Whether this start of the app has raised its numbers above its window's at the centre (a restored backup). */
  private caughtUp = false;
  private stopped = true;
  /** Whether a credential is stored: read once, then kept by the runs and by enrolment. */
  private enrolled: boolean | null = null;
  private readonly changeListeners = new Set<() => void>();

  constructor(private readonly deps: EngineDeps) {
    deps.pageUploads?.onChange(() => this.changed());
  }

  status(): SyncStatus {
    const { db } = this.deps;
    return {
      enrolled: (this.enrolled ??= this.deps.credentials.load() !== null),
      centralUrl: getSetting(db, centralUrlKey) ?? null,
      online: this.online,
      pending: pendingEvents(db),
      lastSuccessAt: getSetting(db, lastSuccessKey) ?? null,
      error: this.error ?? getSetting(db, reEnrolKey) ?? null,
      syncing: this.running !== null,
      progress: this.progress,
      rejected: countSyncErrors(db),
      reEnrolRequired: getSetting(db, reEnrolKey) !== undefined,
      ...(this.deps.pageUploads ? { pages: this.deps.pageUploads.figures() } : {}),
    };
  }

  /** Called whenever what status() shows may have changed; the back end pushes it to the screens. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const uploads = this.deps.pageUploads?.stop() ?? Promise.resolve();
    return Promise.all([this.running, uploads]).then(() => undefined);
  }

  /** Runs a sync now (or joins the one under way) and resolves when it ends, well or not. */
  syncNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) return this.running;
    this.running = this.runOnce().finally(() => {
      this.running = null;
      if (!this.stopped && !this.reEnrolRequired())
        this.schedule(this.failures === 0 ? pollIntervalMs : retryDelayMs(this.failures, this.deps.random));
      this.changed();
    });
    this.changed();
    return this.running;
  }

  private reEnrolRequired(): boolean {
    return getSetting(this.deps.db, reEnrolKey) !== undefined;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.syncNow(), delayMs);
    this.timer.unref();
  }

  private async runOnce(): Promise<void> {
    const { db, clock } = this.deps;
    const credential = this.deps.credentials.load();
    this.enrolled = credential !== null;
    const url = getSetting(db, centralUrlKey);
    if (!credential || !url || this.reEnrolRequired()) return;
    const client = new CentralClient(url);
    try {
      // Before the first push: a replacement desk's events must be numbered above the window's old ones.
      if (getSetting(db, cursorKey) === undefined) await startFromSnapshot(db, client, bearer(credential), clock.now().toISOString());
      else if (!this.caughtUp) await catchUpWithWindow(db, client, bearer(credential), clock.now().toISOString());
      this.caughtUp = true;
      await this.push(client, bearer(credential));
      await this.pull(client, bearer(credential));
      this.online = true;
      this.error = null;
      this.failures = 0;
      setSetting(db, lastSuccessKey, clock.now().toISOString());
      this.deps.pageUploads?.wake();
    } catch (error) {
      if (error instanceof CentralError && error.credentialRefused()) {
        // Nothing will succeed until the desk is enrolled again: stop, and say so on the sync screen.
        setSetting(db, reEnrolKey, error.message);
        this.online = true;
        this.error = error.message;
        return;
      }
      this.failures += 1;
      this.online = !(error instanceof CentralError && error.kind === 'offline');
      this.error = error instanceof CentralError ? error.message : '同步出错，稍后自动重试';
      if (!(error instanceof CentralError)) this.deps.logger?.error({ err: error }, 'sync failed');
    } finally {
      this.progress = null;
    }
  }

  private async push(client: CentralClient, auth: string): Promise<void> {
    for (let round = 1; ; round += 1) {
      try {
        return await this.pushOnce(client, auth);
      } catch (error) {
        if (!(error instanceof SeqTakenError) || round >= maxRenumberRounds) throw error;
        await numberAboveCentre(this.deps.db, client, auth, error.fromSeq, this.deps.clock.now().toISOString());
      }
    }
  }

  private async pushOnce(client: CentralClient, auth: string): Promise<void> {
    const { db, clock } = this.deps;
    const total = pendingEvents(db);
    let sent = 0;
    this.progress = { sent, total };
    await pushOutbox({
      db,
      clock,
      client,
      auth,
      limits: this.deps.batchLimits,
      onSent: (count) => {
        sent += count;
        this.progress = { sent, total };
        this.online = true;
        this.changed();
      },
    });
  }

  private async pull(client: CentralClient, auth: string): Promise<void> {
    const { db, clock } = this.deps;
    for (let more = true; more;) {
      const page = await client.changes(auth, Number(getSetting(db, cursorKey) ?? '0'));
      if (page.changes.length > 0 || page.nextCursor !== Number(getSetting(db, cursorKey) ?? '0')) {
        applyChanges(db, this.deps, page, clock.now().toISOString());
      }
      more = page.hasMore;
    }
  }
}
