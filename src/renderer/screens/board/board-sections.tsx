import type { ReactNode } from 'react';
import { FollowUpBoardSection } from '../ratings/FollowUpBoardSection';

/** The board's current filters, for sections that want to follow them. */
export interface BoardFilterState {
  department: string | undefined;
  clerkStaffNo: string | undefined;
}

export interface BoardSection {
  key: string;
  title: string;
  render(filter: BoardFilterState): ReactNode;
}

/**
 * Extension point of the 督办 board: each entry renders as its own card below the deadline
 * warnings (overdue 差评 follow-ups go here). Add a section to this list; the board needs no edit.
 */
export const boardSections: readonly BoardSection[] = [
  { key: 'overdue-follow-ups', title: '超期差评整改', render: () => <FollowUpBoardSection /> },
];
