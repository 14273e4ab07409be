import { create } from 'zustand';

/** Whether the intake screen holds a half-typed case: the shell asks before leaving it. */
export const useIntakeDraftFlag = create<{ hasDraft: boolean }>(() => ({ hasDraft: false }));
