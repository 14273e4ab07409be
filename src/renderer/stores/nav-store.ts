import { create } from 'zustand';
import { useSession } from './session-store';

/** The screens of the signed-in shell. Kept flat: a clerk moves between a handful of pages. */
export type Page =
  | 'intake'
  | 'cases'
  | 'guide'
  | 'home'
  | 'users'
  | 'audit'
  | 'settings'
  | 'my-cases'
  | 'agent-worklist'
  | 'board'
  | 'ratings'
  | 'reports'
  | 'ledger'
  | 'projects';

interface NavState {
  /** A page the role may not see falls back to the role's first page (see AppShell). */
  page: Page;
  /** The case shown in the detail drawer on the case page. */
  caseNo: string | null;
  /** Bumped to ask the intake screen to focus its item search (F2 from anywhere). */
  searchFocusTick: number;
  go(page: Page): void;
  openCase(caseNo: string): void;
  closeCase(): void;
  focusItemSearch(): void;
}

export const useNav = create<NavState>((set) => ({
  page: 'intake',
  caseNo: null,
  searchFocusTick: 0,
  go: (page) => set({ page }),
  openCase: (caseNo) => set({ page: 'cases', caseNo }),
  closeCase: () => set({ caseNo: null }),
  focusItemSearch: () => set((s) => ({ page: 'intake', searchFocusTick: s.searchFocusTick + 1 })),
}));

// The next person to sign in at this window starts on their own first page, not on the last one's.
useSession.subscribe((state, previous) => {
  if (state.status?.user?.id !== previous.status?.user?.id) useNav.setState({ page: 'intake', caseNo: null });
});
