import type { ChangedCase } from '../../../shared/contract/lifecycle-endpoints';
import type { SessionUser } from '../../../shared/contract/user-types';
import type { CaseState } from '../../../shared/intake/case-types';
import type { Db } from '../../db/open-database';

interface ChangeRow {
  seq: number;
  case_no: string;
  at: string;
  summary: string;
  applicant_name: string;
  state: string;
}

function lastSeen(db: Db, userId: number): number {
  return (db.prepare('SELECT last_seq FROM seen_markers WHERE user_id = ?').get(userId) as { last_seq: number } | undefined)?.last_seq ?? 0;
}

function latestSeq(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM case_events').get() as { seq: number }).seq;
}

/**
 * What changed since the user last looked: history lines others wrote (the centre included) on
 * the user's cases — the ones they took or, for an agent, were assigned; every case for a
 * supervisor or administrator. Grouped by case, the latest first.
 */
export function listChanges(db: Db, user: SessionUser, limit = 100): { lastSeenSeq: number; latestSeq: number; rows: ChangedCase[] } {
  const seen = lastSeen(db, user.id);
  const everyCase = user.role === 'supervisor' || user.role === 'admin';
  const scope = everyCase
    ? ''
    : 'AND (c.clerk_id = @user OR EXISTS (SELECT 1 FROM case_agents a WHERE a.case_no = c.case_no AND a.agent_id = @user))';
  const rows = db
    .prepare(
      `SELECT e.seq, e.case_no, e.at, e.summary, c.applicant_name, c.state
       FROM case_events e JOIN cases c ON c.case_no = e.case_no
       WHERE e.seq > @seen AND (e.actor_id IS NULL OR e.actor_id <> @user) ${scope}
       ORDER BY e.seq DESC LIMIT 1000`,
    )
    .all({ seen, user: user.id }) as ChangeRow[];
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
      state: row.state as CaseState,
      latestSeq: row.seq,
      at: row.at,
      summaries: [row.summary],
    });
  }
  return { lastSeenSeq: seen, latestSeq: latestSeq(db), rows: [...byCase.values()] };
}

/**
 * Moves the user's marker forward to what they were shown (never back). A marker is view state
 * like the session, not a record of the hall: it is neither synced nor audited.
 */
export function markSeen(db: Db, user: SessionUser, upToSeq: number): void {
  const target = Math.min(upToSeq, latestSeq(db));
  db.prepare(
    `INSERT INTO seen_markers (user_id, last_seq) VALUES (?, ?)
     ON CONFLICT (user_id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
  ).run(user.id, target);
}
