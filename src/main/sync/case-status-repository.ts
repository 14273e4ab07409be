import type { CaseStatusBody } from '../../shared/sync/protocol';
import type { Db } from '../db/open-database';

/** Keeps a pulled department status once per cursor; false when this cursor was stored before. */
export function insertCaseStatusUpdate(db: Db, cursor: number, update: CaseStatusBody, receivedAt: string): boolean {
  const stored = db
    .prepare(
      `INSERT INTO case_status_updates (cursor, case_no, state, state_label, department, note, updated_at, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cursor) DO NOTHING`,
    )
    .run(cursor, update.caseNo, update.state, update.stateLabel, update.department, update.note, update.updatedAt, receivedAt);
  return stored.changes > 0;
}
