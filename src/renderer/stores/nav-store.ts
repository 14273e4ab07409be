import { create } from 'zustand';

/** The screens of the signed-in shell. Kept flat: a clerk moves between a handful of pages. */
export type Page = 'home' | 'users' | 'audit';

interface NavState {
  page: Page;
  go(page: Page): void;
}

export const useNav = create<NavState>((set) => ({
  page: 'home',
  go: (page) => set({ page }),
}));
