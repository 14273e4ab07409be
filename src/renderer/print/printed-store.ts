import { create } from 'zustand';

/** Bumped after every successful 打印, so lists of printed documents refresh themselves. */
export const usePrintedTick = create<{ tick: number; bump(): void }>((set) => ({
  tick: 0,
  bump: () => set((s) => ({ tick: s.tick + 1 })),
}));
