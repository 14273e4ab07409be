import { create } from 'zustand';
import type { CalendarStatus } from '../../shared/calendar/calendar-status';
import { call } from '../api/client';

interface CalendarState {
  status: CalendarStatus | null;
  /** Bumped by the header's link so the settings screen brings the calendar card into view. */
  focusTick: number;
  load(): Promise<void>;
  focus(): void;
}

/** The years of the working-day calendar, for the header's warning and the 节假日安排 card. */
export const useCalendar = create<CalendarState>((set) => ({
  status: null,
  focusTick: 0,
  load: async () => set({ status: await call('calendar.status', {}) }),
  focus: () => set((s) => ({ focusTick: s.focusTick + 1 })),
}));
