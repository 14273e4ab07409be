import { create } from 'zustand';

interface CalendarFocusState {
  /** Bumped by the header's link so the settings screen brings the calendar card into view. */
  focusTick: number;
  focus(): void;
}

/** Where the 节假日安排 card should come into view; the calendar itself is read through the query cache. */
export const useCalendarFocus = create<CalendarFocusState>((set) => ({
  focusTick: 0,
  focus: () => set((s) => ({ focusTick: s.focusTick + 1 })),
}));
