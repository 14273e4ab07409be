import type { ChangedCase } from '../../../shared/contract/lifecycle-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { Db } from '../../db/open-database';
import { advanceSeenMarker, latestEventSeq, lastSeenSeq, listChangeRows } from './case-change-queries';

/**
 * What changed since the user last looked: history lines others wrote (the centre included) on
 * the user's cases — the ones they took or, for an agent, were assigned; every case for a
 * supervisor or administrator. Grouped by case, the latest first.
 */
export function listChanges(db: Db, user: SessionUser, limit = 100): { lastSeenSeq: number; latestSeq: number; rows: ChangedCase[] } {
  const seen = lastSeenSeq(db, user.id);
  const everyCase = user.role === 'supervisor' || user.role === 'admin';
  const rows = listChangeRows(db, user.id, seen, !everyCase);
  const byCase = new Map<string, ChangedCase>();
  for (const row of rows) {
    const entry = byCase.get(row.case_no);
    if (entry) {
      if (entry.summaries.length < 5) entry.summaries.push(row.summary);
      continue;
    }
    if (byCase.size >= limit) continue;
    byCase.set(row.case_no, {
      caseNo: row.case_no,
      applicantName: row.applicant_name,
      state: row.state,
      latestSeq: row.seq,
      at: row.at,
      summaries: [row.summary],
    });
  }
  return { lastSeenSeq: seen, latestSeq: latestEventSeq(db), rows: [...byCase.values()] };
}

/**
 * Moves the user's marker forward to what they were shown (never back). A marker is view state
 * like the session, not a record of the hall: it is neither synced nor audited.
 */
export function markSeen(db: Db, user: SessionUser, upToSeq: number): void {
  const target = Math.min(upToSeq, latestEventSeq(db));
  advanceSeenMarker(db, user.id, target);
}
