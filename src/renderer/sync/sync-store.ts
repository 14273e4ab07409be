import { create } from 'zustand';
import type { SyncStatus } from '../../shared/contract/sync-endpoints';
import { call } from '../api/client';

interface SyncState {
  status: SyncStatus | null;
  running: boolean;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
}

/** The sync state shown in the header; polled, since the engine runs on its own in the back end. */
export const useSync = create<SyncState>((set) => ({
  status: null,
  running: false,
  async refresh() {
    try {
      set({ status: await call('sync.status', {}) });
    } catch {
      // Logged out or back end gone: the session store handles that; keep the last state.
    }
  },
  async syncNow() {
    set({ running: true });
    try {
      set({ status: await call('sync.now', {}) });
    } finally {
      set({ running: false });
    }
  },
}));

export const syncPollMs = 3_000;
