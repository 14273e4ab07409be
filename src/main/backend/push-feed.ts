import type { PushEvent } from '../../shared/contract/push-events';
import type { SyncStatus } from '../../shared/contract/sync-endpoints';

export type PushListener = (event: PushEvent) => void;

/**
 * The back end's pushes to the screens. It keeps the last sync status in memory and sends it
 * only when it differs from the one sent before, so a screen never has to ask again.
 */
export class PushFeed {
  private readonly listeners = new Set<PushListener>();
  private syncStatus: SyncStatus;
  private syncStatusText: string;

  constructor(private readonly readSyncStatus: () => SyncStatus) {
    this.syncStatus = readSyncStatus();
    this.syncStatusText = JSON.stringify(this.syncStatus);
  }

  /** Adds a listener and returns the function that removes it. */
  subscribe(listener: PushListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The state a new subscriber starts from (an event stream sends it first). */
  current(): Extract<PushEvent, { event: 'sync.status' }> {
    return { event: 'sync.status', data: this.syncStatus };
  }

  /** Sends an event as it is (no state kept): a screen that opens later reads it with a call first. */
  publish(event: PushEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Reads the sync status again and pushes it if it changed. Cheap: no file, no credential. */
  syncStatusMayHaveChanged(): void {
    let status: SyncStatus;
    try {
      status = this.readSyncStatus();
    } catch {
      // The store is closing or cannot be read: the call itself reports that; keep the last state.
      return;
    }
    const text = JSON.stringify(status);
    if (text === this.syncStatusText) return;
    this.syncStatus = status;
    this.syncStatusText = text;
    for (const listener of this.listeners) listener({ event: 'sync.status', data: status });
  }
}
