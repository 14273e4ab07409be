import type { BoardQuery } from '../../contract/board-contract';
import { boardWorkbookPath } from '../../contract/board-contract';
import { hallDateOf } from '../../../shared/time/hall-time';

/** The month so far, in the hall's zone: what the board opens with. */
export function thisMonth(now: Date): BoardQuery {
  const today = hallDateOf(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** The export's address: the same query string as the board's, the session cookie does the rest. */
export function workbookHref(query: BoardQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.hallCode) params.set('hallCode', query.hallCode);
  if (query.department) params.set('department', query.department);
  return `${boardWorkbookPath}?${params.toString()}`;
}
