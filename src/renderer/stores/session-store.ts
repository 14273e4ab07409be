import { create } from 'zustand';
import type { AppStatus } from '../../shared/contract/app-endpoints';
import type { SessionUser } from '../../shared/contract/user-types';
import { call, onApiError } from '../api/client';
import { queryClient } from '../data/query-client';

interface SessionState {
  status: AppStatus | null;
  loadError: string | null;
  refresh(): Promise<void>;
  signedIn(user: SessionUser): void;
  logout(): Promise<void>;
}

export const useSession = create<SessionState>((set, get) => ({
  status: null,
  loadError: null,
  async refresh() {
    try {
      set({ status: await call('app.status', {}), loadError: null });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  signedIn(user) {
    const status = get().status;
    if (status) set({ status: { ...status, user } });
    void get().refresh();
  },
  async logout() {
    await call('auth.logout', {});
    await get().refresh();
  },
}));

onApiError((error) => {
  if (error.code === 'UNAUTHENTICATED' && useSession.getState().status?.user) void useSession.getState().refresh();
});

// What one person's screens read stays theirs: the next person at this window starts with an empty cache.
useSession.subscribe((state, previous) => {
  if (state.status?.user?.id !== previous.status?.user?.id) queryClient.clear();
});
