import type { CaseStatusBody } from '../../shared/sync/protocol';
import type { Db } from '../db/open-database';

/**
 * Keeps a pulled department status once: false when this cursor was stored before, or when the
 * same department action (its `wordId`) came earlier under another cursor.
 */
export function insertCaseStatusUpdate(db: Db, cursor: number, update: CaseStatusBody, receivedAt: string): boolean {
  if (update.wordId !== undefined && db.prepare('SELECT 1 FROM case_status_updates WHERE word_id = ?').get(update.wordId) !== undefined) {
    return false;
  }
  const stored = db
    .prepare(
      `INSERT INTO case_status_updates (cursor, case_no, state, state_label, department, note, updated_at, received_at, word_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cursor) DO NOTHING`,
    )
    .run(
      cursor,
      update.caseNo,
      update.state,
      update.stateLabel,
      update.department,
      update.note,
      update.updatedAt,
      receivedAt,
      update.wordId ?? null,
    );
  return stored.changes > 0;
}
