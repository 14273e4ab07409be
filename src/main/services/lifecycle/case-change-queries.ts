import { z } from 'zod';
import { caseStates } from '../../../shared/intake/case-types';
import type { Db } from '../../db/open-database';
import { parseRows } from '../../db/parse-row';

const changeRowSchema = z.object({
  seq: z.number(),
  case_no: z.string(),
  at: z.string(),
  summary: z.string(),
  applicant_name: z.string(),
  state: z.enum(caseStates),
});
export type ChangeRow = z.output<typeof changeRowSchema>;

export function lastSeenSeq(db: Db, userId: number): number {
  return (db.prepare('SELECT last_seq FROM seen_markers WHERE user_id = ?').get(userId) as { last_seq: number } | undefined)?.last_seq ?? 0;
}

export function latestEventSeq(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM case_events').get() as { seq: number }).seq;
}

/**
 * History lines after `seen` that others wrote (the centre included), the latest first; with
 * `onlyUsersCases`, only on the cases the user took or, as an agent, was assigned.
 */
export function listChangeRows(db: Db, userId: number, seen: number, onlyUsersCases: boolean): ChangeRow[] {
  const scope = onlyUsersCases
    ? 'AND (c.clerk_id = @user OR EXISTS (SELECT 1 FROM case_agents a WHERE a.case_no = c.case_no AND a.agent_id = @user))'
    : '';
  const rows = db
    .prepare(
      `SELECT e.seq, e.case_no, e.at, e.summary, c.applicant_name, c.state
       FROM case_events e JOIN cases c ON c.case_no = e.case_no
       WHERE e.seq > @seen AND (e.actor_id IS NULL OR e.actor_id <> @user) ${scope}
       ORDER BY e.seq DESC LIMIT 1000`,
    )
    .all({ seen, user: userId });
  return parseRows(changeRowSchema, rows, '案件变动');
}

/** Moves the marker forward only, never back. */
export function advanceSeenMarker(db: Db, userId: number, toSeq: number): void {
  db.prepare(
    `INSERT INTO seen_markers (user_id, last_seq) VALUES (?, ?)
     ON CONFLICT (user_id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
  ).run(userId, toSeq);
}
